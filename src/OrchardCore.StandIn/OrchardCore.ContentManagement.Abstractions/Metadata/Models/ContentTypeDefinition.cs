using System.Text.Json.Nodes;

namespace OrchardCore.ContentManagement.Metadata.Models;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Models/ContentTypeDefinition.cs
public class ContentTypeDefinition : ContentDefinition
{
    public ContentTypeDefinition(string name, string displayName, IEnumerable<ContentTypePartDefinition> parts, JsonObject settings)
    {
        Name = name;
        DisplayName = displayName;
        Parts = parts?.ToList() ?? [];
        Settings = settings ?? [];
    }

    public string DisplayName { get; private set; }

    public IEnumerable<ContentTypePartDefinition> Parts { get; private set; }
}
