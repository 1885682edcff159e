using System.Text.Json.Nodes;

namespace OrchardCore.ContentManagement.Metadata.Models;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Models/ContentPartDefinition.cs
public class ContentPartDefinition : ContentDefinition
{
    public ContentPartDefinition(string name)
        : this(name, [])
    {
    }

    public ContentPartDefinition(string name, JsonObject settings)
    {
        Name = name;
        Settings = settings ?? [];
    }
}
