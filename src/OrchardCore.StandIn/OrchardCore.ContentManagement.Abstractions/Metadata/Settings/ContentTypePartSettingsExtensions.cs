using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata.Settings;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Settings/ContentTypePartSettingsExtensions.cs
public static class ContentTypePartSettingsExtensions
{
    public static string Editor(this ContentTypePartDefinition typePart)
    {
        ArgumentNullException.ThrowIfNull(typePart);

        return typePart.GetSettings<ContentTypePartSettings>().Editor;
    }

    public static string DisplayMode(this ContentTypePartDefinition typePart)
    {
        ArgumentNullException.ThrowIfNull(typePart);

        return typePart.GetSettings<ContentTypePartSettings>().DisplayMode;
    }
}
