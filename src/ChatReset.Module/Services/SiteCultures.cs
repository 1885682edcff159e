using System.Globalization;
using OrchardCore.Localization;

namespace ChatReset.Module.Services;

/// <summary>
/// The site's default and supported cultures, from Orchard's localization service when the site has one
/// (OrchardCore.Localization), otherwise the machine's UI culture, which is what Orchard itself falls back to.
/// </summary>
public sealed class SiteCultures
{
    private readonly ILocalizationService? _localizationService;

    public SiteCultures(IEnumerable<ILocalizationService> localizationServices)
    {
        ArgumentNullException.ThrowIfNull(localizationServices);

        _localizationService = localizationServices.LastOrDefault();
    }

    public async Task<string> GetDefaultCultureAsync()
    {
        var culture = _localizationService is null ? null : await _localizationService.GetDefaultCultureAsync();
        return string.IsNullOrEmpty(culture) ? CultureInfo.InstalledUICulture.Name : culture;
    }

    /// <summary>Default culture first, then the other supported cultures, without duplicates.</summary>
    public async Task<IReadOnlyList<string>> GetSupportedCulturesAsync()
    {
        var defaultCulture = await GetDefaultCultureAsync();
        var supported = _localizationService is null ? [] : await _localizationService.GetSupportedCulturesAsync() ?? [];

        return new[] { defaultCulture }
            .Concat(supported.Where(c => !string.IsNullOrEmpty(c)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
