using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCore.Entities;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Infrastructure.Abstractions/Entities/EntityExtensions.cs
// Behaviour the module and its tests rely on: a section is stored under its type name as a JSON object with
// the POCO's property names, and reading a missing section gives a new instance.
public static class EntityExtensions
{
    public static T As<T>(this IEntity entity) where T : new()
        => entity.As<T>(typeof(T).Name);

    public static T As<T>(this IEntity entity, string name) where T : new()
    {
        ArgumentNullException.ThrowIfNull(entity);

        return entity.Properties.TryGetPropertyValue(name, out var value) && value is not null
            ? value.Deserialize<T>(StandInJson.Options) ?? new T()
            : new T();
    }

    public static bool Has<T>(this IEntity entity)
        => entity.Has(typeof(T).Name);

    public static bool Has(this IEntity entity, string name)
    {
        ArgumentNullException.ThrowIfNull(entity);

        return entity.Properties.ContainsKey(name);
    }

    public static IEntity Put<T>(this IEntity entity, T aspect) where T : new()
        => entity.Put(typeof(T).Name, aspect);

    public static IEntity Put(this IEntity entity, string name, object value)
    {
        ArgumentNullException.ThrowIfNull(entity);

        entity.Properties[name] = JsonSerializer.SerializeToNode(value, value?.GetType() ?? typeof(object), StandInJson.Options);
        return entity;
    }

    public static IEntity Alter<TAspect>(this IEntity entity, Action<TAspect> action) where TAspect : new()
        => entity.Alter(typeof(TAspect).Name, action);

    public static IEntity Alter<TAspect>(this IEntity entity, string name, Action<TAspect> action) where TAspect : new()
    {
        ArgumentNullException.ThrowIfNull(action);

        var aspect = entity.As<TAspect>(name);
        action(aspect);
        return entity.Put(name, aspect);
    }
}

// Stand-in for OrchardCore.Json's JOptions.Default (src/OrchardCore/OrchardCore.Abstractions/Json/JOptions.cs):
// PascalCase names as written, case-insensitive reads.
internal static class StandInJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        PropertyNameCaseInsensitive = true,
    };
}
