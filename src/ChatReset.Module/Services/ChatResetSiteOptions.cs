using System.Globalization;
using ChatReset.Core;
using ChatReset.Module.Settings;
using Microsoft.Extensions.Options;
using OrchardCore.Entities;
using OrchardCore.Settings;

namespace ChatReset.Module.Services;

/// <inheritdoc />
/// <remarks>Scoped: one answer per culture and request, since several widgets on a page may ask.</remarks>
public sealed class ChatResetSiteOptions : IChatResetSiteOptions
{
    private readonly ISiteService _siteService;
    private readonly SiteCultures _siteCultures;
    private readonly ChatResetShellOptions _shellOptions;
    private readonly Dictionary<string, ChatResetSiteOptionsResult> _byCulture = new(StringComparer.OrdinalIgnoreCase);

    public ChatResetSiteOptions(ISiteService siteService, SiteCultures siteCultures, IOptions<ChatResetShellOptions> shellOptions)
    {
        ArgumentNullException.ThrowIfNull(shellOptions);

        _siteService = siteService;
        _siteCultures = siteCultures;
        _shellOptions = shellOptions.Value;
    }

    public Task<ChatResetSiteOptionsResult> GetAsync()
        => GetAsync(CultureInfo.CurrentUICulture);

    public async Task<ChatResetSiteOptionsResult> GetAsync(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);

        if (_byCulture.TryGetValue(culture.Name, out var known))
        {
            return known;
        }

        var site = await _siteService.GetSiteSettingsAsync();
        var deployment = site.Settings<ChatDeploymentSettings>();
        var wording = site.Settings<ChatWordingSettings>()
            .Resolve(culture.Name, await _siteCultures.GetDefaultCultureAsync());
        var options = ChatResetOptionsFactory.Create(deployment, wording, _shellOptions);
        var errors = ChatResetOptionsValidator.Validate(options);
        var result = new ChatResetSiteOptionsResult(errors.Count == 0 ? options : null, errors);

        _byCulture[culture.Name] = result;
        return result;
    }
}
