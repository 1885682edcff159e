using OrchardCore.ContentManagement.Metadata.Builders;
using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata.Settings;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Settings/ContentTypeSettingsExtensions.cs
public static class ContentTypeSettingsExtensions
{
    public static ContentTypeDefinitionBuilder Creatable(this ContentTypeDefinitionBuilder builder, bool creatable = true)
        => Merge(builder, s => s.Creatable = creatable);

    public static ContentTypeDefinitionBuilder Listable(this ContentTypeDefinitionBuilder builder, bool listable = true)
        => Merge(builder, s => s.Listable = listable);

    public static ContentTypeDefinitionBuilder Draftable(this ContentTypeDefinitionBuilder builder, bool draftable = true)
        => Merge(builder, s => s.Draftable = draftable);

    public static ContentTypeDefinitionBuilder Versionable(this ContentTypeDefinitionBuilder builder, bool versionable = true)
        => Merge(builder, s => s.Versionable = versionable);

    public static ContentTypeDefinitionBuilder Securable(this ContentTypeDefinitionBuilder builder, bool securable = true)
        => Merge(builder, s => s.Securable = securable);

    public static ContentTypeDefinitionBuilder Stereotype(this ContentTypeDefinitionBuilder builder, string stereotype)
        => Merge(builder, s => s.Stereotype = stereotype);

    public static ContentTypeDefinitionBuilder WithDescription(this ContentTypeDefinitionBuilder builder, string description)
        => Merge(builder, s => s.Description = description);

    public static bool IsCreatable(this ContentTypeDefinition type) => Settings(type).Creatable;

    public static bool IsListable(this ContentTypeDefinition type) => Settings(type).Listable;

    public static bool IsDraftable(this ContentTypeDefinition type) => Settings(type).Draftable;

    public static bool IsVersionable(this ContentTypeDefinition type) => Settings(type).Versionable;

    public static bool IsSecurable(this ContentTypeDefinition type) => Settings(type).Securable;

    public static string GetStereotype(this ContentTypeDefinition type) => Settings(type).Stereotype;

    private static ContentTypeDefinitionBuilder Merge(ContentTypeDefinitionBuilder builder, Action<ContentTypeSettings> alter)
    {
        ArgumentNullException.ThrowIfNull(builder);

        return builder.MergeSettings(alter);
    }

    private static ContentTypeSettings Settings(ContentTypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);

        return type.GetSettings<ContentTypeSettings>();
    }
}
