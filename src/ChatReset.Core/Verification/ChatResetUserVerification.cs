using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ChatReset.Core.Verification;

/// <summary>
/// Verified chat for signed-in visitors: what the page tells the script (<see cref="GetClientConfigAsync"/>), the
/// same-origin token endpoint (<see cref="IssueTokenAsync"/>) and the public key set (<see cref="GetJwksAsync"/>).
/// Off unless the host's <see cref="IUserVerificationSettingsSource"/> turns it on; anonymous visitors are never
/// affected. Scoped: the settings source and the key store may be scoped (Orchard Core's site settings are).
/// </summary>
public sealed class ChatResetUserVerification
{
    /// <summary>The token endpoint, relative to the site's path base.</summary>
    public const string TokenPath = "/chat-reset/identity-token";

    /// <summary>The JWKS endpoint, relative to the site's path base.</summary>
    public const string JwksPath = "/chat-reset/jwks.json";

    /// <summary>
    /// The header the script sends with every token request. A cross-site page can only send it after a CORS
    /// preflight, which this site never grants, so a plain cross-site form or fetch never gets a token.
    /// </summary>
    public const string RequestHeader = "X-ChatReset";

    private readonly IUserVerificationSettingsSource _settings;
    private readonly IUserVerificationKeyStore _keys;
    private readonly TimeProvider _time;

    public ChatResetUserVerification(IUserVerificationSettingsSource settings, IUserVerificationKeyStore keys, TimeProvider? time = null)
    {
        _settings = settings;
        _keys = keys;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// What the page's configuration tells the script about the visitor: null (nothing at all) while verification is
    /// off; with it on, where to get tokens and an opaque marker of the user for a signed-in visitor, and neither for
    /// an anonymous one (so that the script ends a signed-out user's chat).
    /// </summary>
    public async Task<UserVerificationClientConfig?> GetClientConfigAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        var (settings, ring, subject) = await ResolveAsync(httpContext);
        if (settings is null || ring is null)
        {
            return null;
        }

        // An anonymous visitor's page has it too, without a marker: that is how the script sees a sign-out.
        return subject is null
            ? new UserVerificationClientConfig(null, null)
            : new UserVerificationClientConfig(httpContext.Request.PathBase.Add(TokenPath).ToUriComponent(), ring.VisitorMarker(subject));
    }

    /// <summary>
    /// POST <see cref="TokenPath"/>: a token for the signed-in user. 403 for a cross-site request, 401 for an
    /// anonymous one, 404 while verification is off; never cached.
    /// </summary>
    public async Task<IResult> IssueTokenAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        httpContext.Response.Headers.CacheControl = "no-store";
        if (!IsSameOriginRequest(httpContext.Request))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var (settings, ring, subject) = await ResolveAsync(httpContext);
        if (settings is null || ring is null)
        {
            return Results.NotFound();
        }

        if (subject is null)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var token = UserVerificationTokens.Issue(
            ring, settings.IssuerFor(httpContext.Request), subject, _time.GetUtcNow(), settings.TokenLifetime);
        return Results.Text(token, "application/jwt");
    }

    /// <summary>GET <see cref="JwksPath"/>: the public keys, for Salesforce's keyset; 404 while the site has none.</summary>
    public async Task<IResult> GetJwksAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        if (await _keys.GetAsync(httpContext) is not { } ring)
        {
            return Results.NotFound();
        }

        // Revalidated on every use: right after a rotation the new key must be seen at once.
        httpContext.Response.Headers.CacheControl = "no-cache";
        return Results.Text(UserVerificationTokens.Jwks(ring, _time.GetUtcNow()), "application/json");
    }

    /// <summary>
    /// Whether a token request comes from this site's own pages: it carries <see cref="RequestHeader"/> (forcing a
    /// preflight on any other origin), and the browser's <c>Sec-Fetch-Site</c> and <c>Origin</c>, when sent, say
    /// same origin.
    /// </summary>
    public static bool IsSameOriginRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!string.Equals(request.Headers[RequestHeader], "1", StringComparison.Ordinal))
        {
            return false;
        }

        var fetchSite = request.Headers["Sec-Fetch-Site"];
        if (fetchSite.Count > 0 && !string.Equals(fetchSite, "same-origin", StringComparison.Ordinal))
        {
            return false;
        }

        var origin = request.Headers[HeaderNames.Origin];
        return origin.Count == 0
            || string.Equals(origin, $"{request.Scheme}://{request.Host.ToUriComponent()}", StringComparison.OrdinalIgnoreCase);
    }

    private async Task<(UserVerificationSettings? Settings, UserVerificationKeyRing? Ring, string? Subject)> ResolveAsync(HttpContext httpContext)
    {
        if (await _settings.GetAsync(httpContext) is not { } settings)
        {
            return default;
        }

        return (settings, await _keys.GetAsync(httpContext), settings.SubjectOf(httpContext.User));
    }
}

/// <summary>
/// The <c>userVerification</c> member of the page's configuration on a site with verified chat on (both values null
/// for an anonymous visitor, and then left out). Property names are the
/// script's contract.
/// </summary>
/// <param name="TokenUrl">Where the script asks for identity tokens.</param>
/// <param name="Visitor">An opaque marker of the signed-in user (see <see cref="UserVerificationKeyRing.VisitorMarker"/>).</param>
public sealed record UserVerificationClientConfig(
    [property: JsonPropertyName("tokenUrl"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TokenUrl,
    [property: JsonPropertyName("visitor"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Visitor);
