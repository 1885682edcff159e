using OrchardCore.ContentManagement.Metadata.Builders;
using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata.Settings;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Settings/ContentPartSettingsExtensions.cs
public static class ContentPartSettingsExtensions
{
    public static ContentPartDefinitionBuilder Attachable(this ContentPartDefinitionBuilder builder, bool attachable = true)
        => Merge(builder, s => s.Attachable = attachable);

    public static ContentPartDefinitionBuilder Reusable(this ContentPartDefinitionBuilder builder, bool reusable = true)
        => Merge(builder, s => s.Reusable = reusable);

    public static ContentPartDefinitionBuilder WithDescription(this ContentPartDefinitionBuilder builder, string description)
        => Merge(builder, s => s.Description = description);

    public static ContentPartDefinitionBuilder WithDisplayName(this ContentPartDefinitionBuilder builder, string displayName)
        => Merge(builder, s => s.DisplayName = displayName);

    public static ContentPartDefinitionBuilder WithDefaultPosition(this ContentPartDefinitionBuilder builder, string position)
        => Merge(builder, s => s.DefaultPosition = position);

    public static bool IsAttachable(this ContentPartDefinition part) => Settings(part).Attachable;

    public static bool IsReusable(this ContentPartDefinition part) => Settings(part).Reusable;

    public static string Description(this ContentPartDefinition part) => Settings(part).Description;

    public static string DisplayName(this ContentPartDefinition part) => Settings(part).DisplayName;

    public static string DefaultPosition(this ContentPartDefinition part) => Settings(part).DefaultPosition;

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
