using System.Text.Json.Nodes;

namespace OrchardCore.ContentManagement.Metadata.Models;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Models/ContentTypePartDefinition.cs
public class ContentTypePartDefinition : ContentDefinition
{
    public ContentTypePartDefinition(string name, ContentPartDefinition contentPartDefinition, JsonObject settings)
    {
        Name = name;
        PartDefinition = contentPartDefinition;
        Settings = settings ?? [];
    }

    public ContentPartDefinition PartDefinition { get; private set; }
}
