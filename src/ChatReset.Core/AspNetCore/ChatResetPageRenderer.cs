using ChatReset.Core.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace ChatReset.Core.AspNetCore;

/// <summary>
/// Renders ChatReset into the current request: once per page, with the request's path base and CSP nonce.
/// The one entry point the tag helper and the Orchard Core module share.
/// </summary>
public sealed class ChatResetPageRenderer
{
    private readonly ChatResetRenderer _renderer;
    private readonly IChatResetNonceSource _nonceSource;

    public ChatResetPageRenderer(ChatResetRenderer renderer, IChatResetNonceSource nonceSource)
    {
        _renderer = renderer;
        _nonceSource = nonceSource;
    }

    /// <summary>
    /// The HTML for this request, or empty when ChatReset was already rendered in it.
    /// </summary>
    public IHtmlContent Render(HttpContext httpContext, ChatResetOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(options);

        if (!ChatResetPage.TryClaim(httpContext))
        {
            return HtmlString.Empty;
        }

        var pathBase = httpContext.Request.PathBase;
        var assetBasePath = pathBase.HasValue
            ? pathBase.Value + ChatResetAssets.BasePath
            : ChatResetAssets.BasePath;

        return _renderer.Render(options, assetBasePath, _nonceSource.GetNonce(httpContext));
    }
}
