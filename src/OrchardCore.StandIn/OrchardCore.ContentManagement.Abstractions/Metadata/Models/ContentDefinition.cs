using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCore.ContentManagement.Metadata.Models;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Models/ContentDefinition.cs
// Settings are one JSON object per settings class, keyed by the class name, as upstream stores them.
public abstract class ContentDefinition
{
    public string Name { get; protected set; }

    public JsonObject Settings { get; protected set; } = [];

    public T GetSettings<T>() where T : new()
        => Settings.TryGetPropertyValue(typeof(T).Name, out var value) && value is not null
            ? value.Deserialize<T>() ?? new T()
            : new T();
}
