namespace OrchardCore.ContentManagement.Metadata.Settings;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Settings/ContentPartSettings.cs
public class ContentPartSettings
{
    public bool Attachable { get; set; }

    public string Description { get; set; }

}
