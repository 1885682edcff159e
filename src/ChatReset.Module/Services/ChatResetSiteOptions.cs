using System.Globalization;
using ChatReset.Core;
using ChatReset.Module.PageContext;
using ChatReset.Module.Settings;
using ChatReset.Module.Verification;
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

        var wordingSettings = site.Settings<ChatWordingSettings>();
        var defaultCulture = await _siteCultures.GetDefaultCultureAsync();
        var deployment = site.Settings<ChatDeploymentSettings>();
        var options = ChatResetOptionsFactory.Create(deployment, _shellOptions)
            .WithWording(ChatWordingByCulture.For(wordingSettings, culture.Name, defaultCulture));
        var errors = ChatResetOptionsValidator.Validate(options);
        var deploymentErrors = ChatSettingsValidation.CheckDeployments(deployment.Deployments, _shellOptions);
        var additional = deployment.Deployments
            .Select((named, index) => (named, index))
            .Where(row => !deploymentErrors.Any(error => error.Deployment == row.index))
            .Select(row =>
            {
                var entry = ChatResetOptionsFactory.CreateEntry(row.named, _shellOptions);
                var wording = ChatWordingByCulture.For(wordingSettings, culture.Name, defaultCulture, row.named.Name);
                return new ChatResetSiteDeployment(entry.Deployment, entry.Options.WithWording(wording), row.named.VerifiedChat);
            })
            .ToList();
        var result = new ChatResetSiteOptionsResult(errors.Count == 0 ? options : null, errors) 
        {
            Deployments = additional,
            VerifiedChat = site.Settings<UserVerificationSiteSettings>().Enabled,
            HiddenPrechatFields = site.Settings<ChatPageContextSettings>().HiddenPrechatFields ?? [],
        };

        return answers.GetOrAdd(culture.Name, result);
    }
}
