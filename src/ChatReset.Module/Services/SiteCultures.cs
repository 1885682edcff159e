using System.Globalization;
using ChatReset.Core;
using OrchardCore.Localization;

namespace ChatReset.Module.Services;

/// <summary>
/// Everything ChatReset asks about cultures: the site's default and supported cultures, from Orchard's localization
/// service when the site has one (OrchardCore.Localization), otherwise the machine's UI culture, which is what Orchard
/// itself falls back to; and what a culture name means (its parents, its display name, whether it is one at all).
/// </summary>
internal sealed class SiteCultures
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

    /// <summary>The culture's parents, nearest first (<c>fr-CA</c>: <c>fr</c>); none for an unknown name or a neutral culture.</summary>
    internal static IEnumerable<string> ParentsOf(string culture) => ChatResetCultures.ParentsOf(culture);

    /// <summary>The culture's name for people (in the server's language); the name itself when .NET does not know it.</summary>
    internal static string DisplayName(string culture) => ChatResetCultures.DisplayName(culture);

    /// <summary>True for the name of a culture .NET knows as such, false for anything else (an empty name included).</summary>
    internal static bool IsCultureName(string name) => ChatResetCultures.IsCultureName(name);
}
