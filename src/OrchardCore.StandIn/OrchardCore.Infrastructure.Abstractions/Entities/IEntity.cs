using System.Text.Json.Nodes;

namespace OrchardCore.Entities;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Infrastructure.Abstractions/Entities/IEntity.cs
public interface IEntity
{
    JsonObject Properties { get; }
}
