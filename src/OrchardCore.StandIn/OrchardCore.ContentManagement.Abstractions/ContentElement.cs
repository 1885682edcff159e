using System.Text.Json.Nodes;

namespace OrchardCore.ContentManagement;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/ContentElement.cs
public class ContentElement
{
    protected ContentElement()
        : this([])
    {
    }

    protected ContentElement(JsonObject data)
    {
        Data = data;
    }

    public dynamic Content => Data;

    internal JsonObject Data { get; set; }

    public ContentItem ContentItem { get; set; }
}
