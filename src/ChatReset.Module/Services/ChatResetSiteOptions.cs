using System.Globalization;
using ChatReset.Core;
using ChatReset.Module.Settings;
using Microsoft.Extensions.Options;
using OrchardCore.Entities;
using OrchardCore.Settings;

namespace ChatReset.Module.Services;

/// <inheritdoc />
/// <remarks>
/// Scoped, over the tenant's <see cref="ChatResetSiteOptionsCache"/>: a page view reads Orchard's cached site settings
/// and finds its answer there; settings are resolved and validated again only after they change.
/// </remarks>
internal sealed class ChatResetSiteOptions : IChatResetSiteOptions
{
    private readonly ISiteService _siteService;
    private readonly SiteCultures _siteCultures;
    private readonly ChatResetShellOptions _shellOptions;
    private readonly ChatResetSiteOptionsCache _cache;

    public ChatResetSiteOptions(
        ISiteService siteService, SiteCultures siteCultures, IOptions<ChatResetShellOptions> shellOptions, ChatResetSiteOptionsCache cache)
    {
        ArgumentNullException.ThrowIfNull(shellOptions);

        _siteService = siteService;
        _siteCultures = siteCultures;
        _shellOptions = shellOptions.Value;
        _cache = cache;
    }

    public Task<ChatResetSiteOptionsResult> GetAsync()
        => GetAsync(CultureInfo.CurrentUICulture);

    public async Task<ChatResetSiteOptionsResult> GetAsync(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);

        var site = await _siteService.GetSiteSettingsAsync();
        var answers = _cache.For(site);
        if (answers.TryGetValue(culture.Name, out var known))
        {
            return known;
        }

        var wording = ChatWordingByCulture.For(site.Settings<ChatWordingSettings>(), culture.Name, await _siteCultures.GetDefaultCultureAsync());
        var options = ChatResetOptionsFactory.Create(site.Settings<ChatDeploymentSettings>(), _shellOptions).WithWording(wording);
        var errors = ChatResetOptionsValidator.Validate(options);
        var result = new ChatResetSiteOptionsResult(errors.Count == 0 ? options : null, errors);

        return answers.GetOrAdd(culture.Name, result);
    }
}
