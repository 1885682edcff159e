using OrchardCore.ContentManagement.Metadata.Builders;
using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata.Settings;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Settings/ContentPartSettingsExtensions.cs
public static class ContentPartSettingsExtensions
{
    public static ContentPartDefinitionBuilder Attachable(this ContentPartDefinitionBuilder builder, bool attachable = true)
        => Merge(builder, s => s.Attachable = attachable);

    public static ContentPartDefinitionBuilder WithDescription(this ContentPartDefinitionBuilder builder, string description)
        => Merge(builder, s => s.Description = description);

    public static bool IsAttachable(this ContentPartDefinition part) => Settings(part).Attachable;

    public static string Description(this ContentPartDefinition part) => Settings(part).Description;

    private static ContentPartDefinitionBuilder Merge(ContentPartDefinitionBuilder builder, Action<ContentPartSettings> alter)
    {
        ArgumentNullException.ThrowIfNull(builder);

        return builder.MergeSettings(alter);
    }

    private static ContentPartSettings Settings(ContentPartDefinition part)
    {
        ArgumentNullException.ThrowIfNull(part);

        return part.GetSettings<ContentPartSettings>();
    }
}
