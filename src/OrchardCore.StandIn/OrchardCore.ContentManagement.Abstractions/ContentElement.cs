namespace OrchardCore.ContentManagement;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/ContentElement.cs
public class ContentElement
{
    protected ContentElement()
    {
    }

    public ContentItem ContentItem { get; set; }
}
