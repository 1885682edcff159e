namespace OrchardCore.Settings;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Infrastructure.Abstractions/Settings/ISiteService.cs
public interface ISiteService
{
    Task<ISite> LoadSiteSettingsAsync();

    Task<ISite> GetSiteSettingsAsync();

    Task UpdateSiteSettingsAsync(ISite site);
}
