using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata.Builders;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Builders/ContentPartDefinitionBuilder.cs
// Settings are merged into the definition's settings under their class name, the layout upstream builders produce.
public class ContentPartDefinitionBuilder
{
    private readonly string _name;
    private readonly JsonObject _settings;

    public ContentPartDefinitionBuilder(ContentPartDefinition existing)
    {
        ArgumentNullException.ThrowIfNull(existing);

        _name = existing.Name;
        _settings = (JsonObject)(existing.Settings?.DeepClone() ?? new JsonObject());
    }

    public ContentPartDefinition Build() => new(_name, _settings);

    public ContentPartDefinitionBuilder MergeSettings<T>(Action<T> setting) where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(setting);

        var current = _settings.TryGetPropertyValue(typeof(T).Name, out var node) && node is not null
            ? node.Deserialize<T>() ?? new T()
            : new T();
        setting(current);
        _settings[typeof(T).Name] = JsonSerializer.SerializeToNode(current);
        return this;
    }
}
