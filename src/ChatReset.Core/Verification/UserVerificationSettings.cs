using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace ChatReset.Core.Verification;

/// <summary>How a site verifies its signed-in visitors to Salesforce, when it does.</summary>
/// <param name="Issuer">The token's <c>iss</c>, which must be the issuer of the keyset in Salesforce; null for the site's own URL.</param>
/// <param name="SubjectClaimType">
/// The claim of the signed-in user that becomes the token's <c>sub</c>: a stable identifier that the user cannot
/// change, since whoever has another user's subject chats as that user (the user id, never a display name).
/// </param>
/// <param name="TokenLifetime">How long a token is valid; the script asks for a new one when Salesforce says it expired.</param>
public sealed record UserVerificationSettings(string? Issuer, string SubjectClaimType, TimeSpan TokenLifetime)
{
    /// <summary>The default subject: the user's id, which is what ASP.NET Core Identity and Orchard Core put in this claim.</summary>
    public const string DefaultSubjectClaimType = ClaimTypes.NameIdentifier;

    /// <summary>Five minutes: short, so that a token seen by someone else is soon worthless, and renewals stay rare.</summary>
    public static readonly TimeSpan DefaultTokenLifetime = TimeSpan.FromMinutes(5);

    /// <summary>The shortest and longest lifetimes accepted.</summary>
    public static readonly TimeSpan MinTokenLifetime = TimeSpan.FromMinutes(1);

    /// <inheritdoc cref="MinTokenLifetime"/>
    public static readonly TimeSpan MaxTokenLifetime = TimeSpan.FromMinutes(60);

    /// <summary>The issuer for this request: <see cref="Issuer"/>, else the site's URL (scheme, host and path base).</summary>
    public string IssuerFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        return string.IsNullOrWhiteSpace(Issuer)
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}"
            : Issuer;
    }

    /// <summary>The signed-in user's subject, or null for an anonymous request or a user without the claim.</summary>
    public string? SubjectOf(ClaimsPrincipal? user)
        => user?.Identity?.IsAuthenticated == true && user.FindFirst(SubjectClaimType)?.Value is { Length: > 0 } subject
            ? subject
            : null;
}

/// <summary>Tells whether, and how, the current site verifies visitors; the host's settings behind it.</summary>
public interface IUserVerificationSettingsSource
{
    /// <summary>The settings for this request's site, or null when verification is off.</summary>
    Task<UserVerificationSettings?> GetAsync(HttpContext httpContext);
}

/// <summary>Where the site's <see cref="UserVerificationKeyRing"/> is kept, protected.</summary>
public interface IUserVerificationKeyStore
{
    /// <summary>The site's keys, or null when it has none yet.</summary>
    Task<UserVerificationKeyRing?> GetAsync(HttpContext httpContext);
}
