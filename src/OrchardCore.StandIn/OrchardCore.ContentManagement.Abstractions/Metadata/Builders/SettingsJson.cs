using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCore.ContentManagement.Metadata.Builders;

// Stand-in helper (no upstream counterpart): merges a settings object into a definition's settings under its
// class name, the layout upstream builders produce.
internal static class SettingsJson
{
    public static void Alter<T>(JsonObject settings, Action<T> alter) where T : class, new()
    {
        var current = settings.TryGetPropertyValue(typeof(T).Name, out var node) && node is not null
            ? node.Deserialize<T>() ?? new T()
            : new T();
        alter(current);
        settings[typeof(T).Name] = JsonSerializer.SerializeToNode(current);
    }

    public static JsonObject Copy(JsonObject settings)
        => (JsonObject)(settings?.DeepClone() ?? new JsonObject());
}
