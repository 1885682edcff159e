using System.Text.Json.Nodes;

namespace OrchardCore.Entities;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Infrastructure.Abstractions/Entities/Entity.cs
public class Entity : IEntity
{
    public JsonObject Properties { get; set; } = [];
}
