using ChatReset.Core.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatReset.Core.AspNetCore;

/// <summary>
/// Renders ChatReset into the current request: once per page, with the request's path base and CSP nonce.
/// The one entry point the tag helper and the Orchard Core module share. Register as a singleton.
/// </summary>
/// <remarks>
/// The <see cref="IChatResetNonceSource"/> is resolved from the request's services on each call, not injected:
/// a site's CSP nonce usually lives in a scoped service, and a singleton holding it would keep the first
/// request's instance (a captive dependency). This way the nonce source may be registered with any lifetime.
/// </remarks>
public sealed class ChatResetPageRenderer
{
    private readonly ChatResetRenderer _renderer;

    public ChatResetPageRenderer(ChatResetRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        _renderer = renderer;
    }

    /// <summary>
    /// The HTML for this request, or empty when ChatReset was already rendered in it. Options must be valid.
    /// </summary>
    public IHtmlContent Render(HttpContext httpContext, ChatResetOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(options);

        if (!ChatResetPage.TryClaim(httpContext))
        {
            return HtmlString.Empty;
        }

        // PathString holds the unescaped path; the URI form keeps a path base such as "/my app" a valid URL.
        var pathBase = httpContext.Request.PathBase;
        var assetBasePath = pathBase.HasValue
            ? pathBase.ToUriComponent() + ChatResetAssets.BasePath
            : ChatResetAssets.BasePath;

        var nonce = httpContext.RequestServices?.GetService<IChatResetNonceSource>()?.GetNonce(httpContext);
        return _renderer.Render(options, assetBasePath, nonce);
    }
}
