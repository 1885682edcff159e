using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ChatReset.Core.Verification;

/// <summary>
/// Verified chat in a plain ASP.NET Core app, from the <c>ChatReset:UserVerification</c> configuration section.
/// Off by default.
/// </summary>
public sealed class ChatResetUserVerificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ChatReset:UserVerification";

    /// <summary>Signed-in visitors chat as themselves (Salesforce's deployment must have user verification on too).</summary>
    public bool Enabled { get; set; }

    /// <summary>The tokens' <c>iss</c>, as entered for the keyset in Salesforce; empty for the site's own URL.</summary>
    public string? Issuer { get; set; }

    /// <summary>The claim that becomes the token's subject; the user's id (<c>ClaimTypes.NameIdentifier</c>) by default.</summary>
    public string SubjectClaimType { get; set; } = UserVerificationSettings.DefaultSubjectClaimType;

    /// <summary>How long a token is valid: 1 to 60 minutes, 5 by default.</summary>
    public TimeSpan TokenLifetime { get; set; } = UserVerificationSettings.DefaultTokenLifetime;

    /// <summary>
    /// The file that keeps the signing keys, protected with the app's Data Protection keys; relative paths are under the
    /// content root. Default <c>App_Data/chatreset-user-verification.keys</c>. Every instance of the app must share
    /// it (and the Data Protection keys), or register another <see cref="IUserVerificationKeyStore"/>.
    /// </summary>
    public string KeyFile { get; set; } = Path.Combine("App_Data", "chatreset-user-verification.keys");
}

/// <summary>The problems of <see cref="ChatResetUserVerificationOptions"/>, one line per field; they stop startup.</summary>
internal sealed class ChatResetUserVerificationOptionsValidator : IValidateOptions<ChatResetUserVerificationOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatResetUserVerificationOptions options)
    {
        List<string> errors = [];
        if (options.TokenLifetime < UserVerificationSettings.MinTokenLifetime || options.TokenLifetime > UserVerificationSettings.MaxTokenLifetime)
        {
            errors.Add($"{nameof(options.TokenLifetime)}: must be between 1 and 60 minutes.");
        }

        if (!string.IsNullOrWhiteSpace(options.Issuer) && !Uri.TryCreate(options.Issuer, UriKind.Absolute, out _))
        {
            errors.Add($"{nameof(options.Issuer)}: must be an absolute URL, as entered for the keyset in Salesforce.");
        }

        if (string.IsNullOrWhiteSpace(options.SubjectClaimType))
        {
            errors.Add($"{nameof(options.SubjectClaimType)}: name the claim that holds the user's id.");
        }

        if (string.IsNullOrWhiteSpace(options.KeyFile))
        {
            errors.Add($"{nameof(options.KeyFile)}: name the file that keeps the signing keys.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => "ChatReset:UserVerification:" + e));
    }
}

/// <summary>The plain ASP.NET Core settings source: <see cref="ChatResetUserVerificationOptions"/>.</summary>
internal sealed class ConfiguredUserVerificationSettingsSource : IUserVerificationSettingsSource
{
    private readonly IOptionsMonitor<ChatResetUserVerificationOptions> _options;

    public ConfiguredUserVerificationSettingsSource(IOptionsMonitor<ChatResetUserVerificationOptions> options)
    {
        _options = options;
    }

    public Task<UserVerificationSettings?> GetAsync(HttpContext httpContext)
    {
        var options = _options.CurrentValue;
        return Task.FromResult(options.Enabled
            ? new UserVerificationSettings(options.Issuer, options.SubjectClaimType, options.TokenLifetime)
            : null);
    }
}
