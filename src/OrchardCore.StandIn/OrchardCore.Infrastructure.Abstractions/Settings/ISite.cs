using OrchardCore.Entities;

namespace OrchardCore.Settings;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Infrastructure.Abstractions/Settings/ISite.cs (3.0.1; 2.2.1 has
// no GetOrCreate and reads sections through EntityExtensions.As<T>)
// Only the members ChatReset touches; the real interface has many more site-wide properties.
public interface ISite : IEntity
{
    string SiteName { get; set; }
#if !ORCHARDCORE_2

    /// <summary>Simulated: upstream caches the section per read-only site instance; here it is read each time.</summary>
    T GetOrCreate<T>() where T : new();
#endif
}
