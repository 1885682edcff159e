namespace OrchardCore.ContentManagement.Metadata.Settings;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Settings/ContentTypePartSettings.cs
public class ContentTypePartSettings
{
    public string Position { get; set; }

    public string DisplayMode { get; set; }

    public string Editor { get; set; }
}
