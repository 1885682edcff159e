namespace OrchardCore.ContentManagement;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/ContentItem.cs
public class ContentItem : ContentElement
{
    public ContentItem()
    {
        ContentItem = this;
    }

    public string ContentItemId { get; set; }

    public string ContentType { get; set; }

    public string DisplayText { get; set; }
}
