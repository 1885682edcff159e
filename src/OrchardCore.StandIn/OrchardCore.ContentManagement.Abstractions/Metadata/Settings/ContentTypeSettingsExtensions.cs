using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata.Settings;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Settings/ContentTypeSettingsExtensions.cs
// Only the readers the widget type's tests use; the type itself is created by a migration recipe, not in code.
public static class ContentTypeSettingsExtensions
{
    public static bool IsCreatable(this ContentTypeDefinition type) => Settings(type).Creatable;

    public static bool IsListable(this ContentTypeDefinition type) => Settings(type).Listable;

    public static bool IsVersionable(this ContentTypeDefinition type) => Settings(type).Versionable;

    public static bool IsSecurable(this ContentTypeDefinition type) => Settings(type).Securable;

    public static string GetStereotype(this ContentTypeDefinition type) => Settings(type).Stereotype;

    private static ContentTypeSettings Settings(ContentTypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);

        return type.GetSettings<ContentTypeSettings>();
    }
}
