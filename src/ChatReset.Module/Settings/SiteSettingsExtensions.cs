using OrchardCore.Settings;
#if ORCHARDCORE_2
using OrchardCore.Entities;
#endif

namespace ChatReset.Module.Settings;

internal static class SiteSettingsExtensions
{
    /// <summary>
    /// The site's <typeparamref name="T"/> section, or a new one when none is stored. On Orchard Core 3.0 a cached
    /// (read-only) site hands every request the same deserialised object: change only what comes from
    /// <c>LoadSiteSettingsAsync</c>.
    /// </summary>
    public static T Settings<T>(this ISite site) where T : new()
#if ORCHARDCORE_2
        => site.As<T>();
#else
        => site.GetOrCreate<T>();
#endif
}
