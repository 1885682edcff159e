using Microsoft.AspNetCore.Http;

namespace ChatReset.Core.AspNetCore;

/// <summary>
/// Supplies the current request's Content-Security-Policy nonce, if the site uses one. Register your own
/// implementation to connect ChatReset to the site's CSP middleware; the default supplies none.
/// </summary>
public interface IChatResetNonceSource
{
    /// <summary>The nonce for this request's <c>script-src</c>, or null.</summary>
    string? GetNonce(HttpContext httpContext);
}

/// <summary>The default: the site sets no nonce-based policy.</summary>
internal sealed class NoNonceSource : IChatResetNonceSource
{
    public string? GetNonce(HttpContext httpContext) => null;
}
