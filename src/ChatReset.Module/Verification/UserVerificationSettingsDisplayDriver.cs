using ChatReset.Core.Verification;
using ChatReset.Module.Drivers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.DisplayManagement.Views;
using OrchardCore.Settings;

namespace ChatReset.Module.Verification;

/// <summary>
/// The "Verified chat" section of the Salesforce Chat settings page: on or off, the subject, the issuer, and the
/// signing keys (generated on first use, rotated on demand, published as a JWKS and shown for copy and paste).
/// Guarded by <see cref="ChatResetPermissions.ManageChatDeployment"/>; the private keys never reach the page.
/// </summary>
internal sealed class UserVerificationSettingsDisplayDriver : ChatSettingsDisplayDriver<UserVerificationSiteSettings>
{
    public const string ShapeType = "UserVerificationSettings_Edit";

    /// <summary>The value of <see cref="UserVerificationSettingsViewModel.KeyAction"/> that generates or rotates the keys.</summary>
    public const string RotateAction = "rotate";

    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly UserVerificationKeyRingProtector _protector;
    private readonly TimeProvider _time;

    public UserVerificationSettingsDisplayDriver(
        IHttpContextAccessor httpContextAccessor,
        IAuthorizationService authorizationService,
        UserVerificationKeyRingProtector protector,
        TimeProvider time)
        : base(httpContextAccessor, authorizationService, ChatResetPermissions.ManageChatDeployment)
    {
        _httpContextAccessor = httpContextAccessor;
        _protector = protector;
        _time = time;
    }

    protected override string SettingsGroupId => ChatResetConstants.SettingsGroups.Deployment;

    public override async Task<IDisplayResult?> EditAsync(ISite site, UserVerificationSiteSettings settings, BuildEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(settings);

        return await IsAuthorizedAsync() ? Editor(settings, settings) : null;
    }

    public override async Task<IDisplayResult?> UpdateAsync(ISite site, UserVerificationSiteSettings settings, UpdateEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);

        if (!await IsAuthorizedAsync())
        {
            return null;
        }

        var model = new UserVerificationSettingsViewModel();
        await context.Updater.TryUpdateModelAsync(model, Prefix);
        var posted = new UserVerificationSiteSettings
        {
            Enabled = model.Enabled,
            Subject = string.IsNullOrWhiteSpace(model.Subject) ? UserVerificationSubjects.UserId : model.Subject,
            Issuer = string.IsNullOrWhiteSpace(model.Issuer) ? null : model.Issuer.Trim(),
            ProtectedKeys = settings.ProtectedKeys,
        };

        if (UserVerificationSubjects.ClaimType(posted.Subject) is null)
        {
            context.Updater.ModelState.AddModelError($"{Prefix}.{nameof(model.Subject)}", "Choose the user id or the user name.");
        }

        if (posted.Issuer is not null
            && !(Uri.TryCreate(posted.Issuer, UriKind.Absolute, out var issuer) && (issuer.Scheme == Uri.UriSchemeHttps || issuer.Scheme == Uri.UriSchemeHttp)))
        {
            context.Updater.ModelState.AddModelError(
                $"{Prefix}.{nameof(model.Issuer)}", "Enter an absolute URL, as entered for the keyset in Salesforce, or leave it empty.");
        }

        if (!context.Updater.ModelState.IsValid)
        {
            return Editor(posted, settings);
        }

        var keys = _protector.Unprotect(settings.ProtectedKeys);
        var now = _time.GetUtcNow();
        var newKeys = model.KeyAction == RotateAction
            ? keys?.Rotate(now, UserVerificationSettings.DefaultTokenLifetime) ?? UserVerificationKeyRing.Generate(now)
            : keys ?? (posted.Enabled ? UserVerificationKeyRing.Generate(now) : null);

        settings.Enabled = posted.Enabled;
        settings.Subject = posted.Subject;
        settings.Issuer = posted.Issuer;
        if (!ReferenceEquals(newKeys, keys) && newKeys is not null)
        {
            settings.ProtectedKeys = _protector.Protect(newKeys);
        }

        return Editor(settings, settings);
    }

    /// <summary>The section showing <paramref name="values"/> and the keys of <paramref name="stored"/>.</summary>
    private ShapeResult Editor(UserVerificationSiteSettings values, UserVerificationSiteSettings stored)
        => Initialize<UserVerificationSettingsViewModel>(ShapeType, model =>
        {
            model.Enabled = values.Enabled;
            model.Subject = values.Subject;
            model.Issuer = values.Issuer;
            var request = _httpContextAccessor.HttpContext!.Request;
            model.EffectiveIssuer = new UserVerificationSettings(values.Issuer, string.Empty, TimeSpan.Zero).IssuerFor(request);
            model.JwksUrl = $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.Add(ChatResetUserVerification.JwksPath).ToUriComponent()}";
            if (_protector.Unprotect(stored.ProtectedKeys) is { } keys)
            {
                var now = _time.GetUtcNow();
                model.Jwks = UserVerificationTokens.Jwks(keys, now);
                model.Keys = [.. keys.PublishedKeys(now).Select(key => (key.KeyId, key.CertificateExpiresUtc, UserVerificationTokens.Jwk(key)))];
                model.PreviousRetiresUtc = model.Keys.Count > 1 ? keys.PreviousRetiresUtc : null;
            }
        })
        .Location("Content:5")
        .OnGroup(SettingsGroupId);
}
