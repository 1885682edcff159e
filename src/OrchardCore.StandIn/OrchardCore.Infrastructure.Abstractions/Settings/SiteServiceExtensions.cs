using OrchardCore.Entities;

namespace OrchardCore.Settings;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Infrastructure.Abstractions/Settings/SiteServiceExtensions.cs
public static class SiteServiceExtensions
{
    public static async Task<T> GetSettingsAsync<T>(this ISiteService siteService) where T : new()
    {
        ArgumentNullException.ThrowIfNull(siteService);

        return (await siteService.GetSiteSettingsAsync().ConfigureAwait(false)).As<T>();
    }

    public static async Task<T> GetSettingsAsync<T>(this ISiteService siteService, string name) where T : new()
    {
        ArgumentNullException.ThrowIfNull(siteService);

        return (await siteService.GetSiteSettingsAsync().ConfigureAwait(false)).As<T>(name);
    }
}
