using ChatReset.Core.Verification;
using ChatReset.Module.Settings;
using Microsoft.AspNetCore.Http;
using OrchardCore.Settings;

namespace ChatReset.Module.Verification;

/// <summary>
/// Verified chat's settings and keys from the site settings (<see cref="UserVerificationSiteSettings"/>): on only when
/// the administrator turned it on, for the default deployment or any other (<see cref="NamedChatDeployment.VerifiedChat"/>),
/// and the site has keys. Scoped, over Orchard's cached site settings.
/// </summary>
public sealed class OrchardUserVerificationSource : IUserVerificationSettingsSource, IUserVerificationKeyStore
{
    private readonly ISiteService _siteService;
    private readonly UserVerificationKeyRingProtector _protector;

    public OrchardUserVerificationSource(ISiteService siteService, UserVerificationKeyRingProtector protector)
    {
        _siteService = siteService;
        _protector = protector;
    }

    public async Task<UserVerificationSettings?> GetAsync(HttpContext httpContext)
    {
        var site = await _siteService.GetSiteSettingsAsync();
        var settings = site.Settings<UserVerificationSiteSettings>();
        // On for the site when any deployment verifies visitors; a page whose deployment does not leaves it out.
        var enabled = settings.Enabled || site.Settings<ChatDeploymentSettings>().Deployments.Any(deployment => deployment.VerifiedChat);
        return enabled && UserVerificationSubjects.ClaimType(settings.Subject) is { } claimType
            ? new UserVerificationSettings(settings.Issuer, claimType, UserVerificationSettings.DefaultTokenLifetime)
            : null;
    }

    async Task<UserVerificationKeyRing?> IUserVerificationKeyStore.GetAsync(HttpContext httpContext)
        => _protector.Unprotect((await _siteService.GetSiteSettingsAsync()).Settings<UserVerificationSiteSettings>().ProtectedKeys);
}
