using OrchardCore.ContentManagement.Metadata.Builders;
using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata.Settings;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Settings/ContentTypePartSettingsExtensions.cs
public static class ContentTypePartSettingsExtensions
{
    public static ContentTypePartDefinitionBuilder WithPosition(this ContentTypePartDefinitionBuilder builder, string position)
        => Merge(builder, s => s.Position = position);

    public static ContentTypePartDefinitionBuilder WithDisplayName(this ContentTypePartDefinitionBuilder builder, string displayName)
        => Merge(builder, s => s.DisplayName = displayName);

    public static ContentTypePartDefinitionBuilder WithDescription(this ContentTypePartDefinitionBuilder builder, string description)
        => Merge(builder, s => s.Description = description);

    public static ContentTypePartDefinitionBuilder WithEditor(this ContentTypePartDefinitionBuilder builder, string editor)
        => Merge(builder, s => s.Editor = editor);

    public static ContentTypePartDefinitionBuilder WithDisplayMode(this ContentTypePartDefinitionBuilder builder, string displayMode)
        => Merge(builder, s => s.DisplayMode = displayMode);

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

    private static ContentTypePartDefinitionBuilder Merge(ContentTypePartDefinitionBuilder builder, Action<ContentTypePartSettings> alter)
    {
        ArgumentNullException.ThrowIfNull(builder);

        return builder.MergeSettings(alter);
    }
}
