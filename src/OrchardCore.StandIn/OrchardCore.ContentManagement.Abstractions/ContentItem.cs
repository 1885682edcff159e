namespace OrchardCore.ContentManagement;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/ContentItem.cs
public class ContentItem : ContentElement
{
    public ContentItem()
    {
        ContentItem = this;
    }

    public long Id { get; set; }

    public string ContentItemId { get; set; }

    public string ContentItemVersionId { get; set; }

    public string ContentType { get; set; }

    public bool Published { get; set; }

    public bool Latest { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public string Owner { get; set; }

    public string Author { get; set; }

    public string DisplayText { get; set; }

    public override string ToString()
        => string.IsNullOrWhiteSpace(DisplayText) ? $"{ContentType} ({ContentItemId})" : DisplayText;
}
