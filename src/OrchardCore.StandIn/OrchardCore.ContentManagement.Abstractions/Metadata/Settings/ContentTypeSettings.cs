namespace OrchardCore.ContentManagement.Metadata.Settings;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Settings/ContentTypeSettings.cs
public class ContentTypeSettings
{
    public bool Creatable { get; set; }

    public bool Listable { get; set; }

    public bool Versionable { get; set; }

    public bool Securable { get; set; }

    public string Stereotype { get; set; }

}
