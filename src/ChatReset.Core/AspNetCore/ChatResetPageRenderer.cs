using ChatReset.Core.PageContext;
using ChatReset.Core.Rendering;
using ChatReset.Core.Verification;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatReset.Core.AspNetCore;

/// <summary>
/// Renders ChatReset into the current request: once per page, with the request's path base and CSP nonce, linking
/// the script and stylesheet by their fingerprinted URLs when the host serves static web assets with
/// <c>MapStaticAssets()</c> (plain URLs otherwise; see <see cref="ChatResetAssetUrlResolver"/>).
/// The one entry point the tag helper (<see cref="Render"/>, whole) and the Orchard Core module
/// (<see cref="RenderParts"/>, host in place and assets at the page foot) share. Register as a singleton.
/// </summary>
/// <remarks>
/// The <see cref="IChatResetNonceSource"/> is resolved from the request's services on each call, not injected:
/// a site's CSP nonce usually lives in a scoped service, and a singleton holding it would keep the first
/// request's instance (a captive dependency). This way the nonce source may be registered with any lifetime.
/// </remarks>
public sealed class ChatResetPageRenderer
{
    // The request's claim on ChatReset: the first render takes it, so that a page with several chat widgets still
    // loads and initialises the Salesforce bootstrap exactly once.
    private static readonly object ClaimKey = new();

    private readonly ChatResetRenderer _renderer;
    private readonly ChatResetAssetUrlResolver _assetUrls = new();

    /// <summary>Creates the page renderer over the shared, caching <see cref="ChatResetRenderer"/>.</summary>
    public ChatResetPageRenderer(ChatResetRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        _renderer = renderer;
    }

    /// <summary>
    /// The HTML for this request, or empty when ChatReset was already rendered in it. Options must be valid.
    /// </summary>
    public IHtmlContent Render(HttpContext httpContext, ChatResetOptions options)
        => Render(httpContext, options, hiddenPrechatFields: null);

    /// <summary>
    /// As <see cref="Render(HttpContext, ChatResetOptions)"/>, with the page's optional features: its hidden pre-chat
    /// fields (null or empty: none) and, on a site with verified chat on, its <c>userVerification</c> (see
    /// <see cref="ChatResetUserVerification.GetClientConfigAsync"/>).
    /// </summary>
    public IHtmlContent Render(
        HttpContext httpContext, ChatResetOptions options, HiddenPrechatFieldValues? hiddenPrechatFields, UserVerificationClientConfig? userVerification = null)
    {
        ArgumentNullException.ThrowIfNull(options);

        return TryClaim(httpContext, out var assetUrls, out var nonce)
            ? _renderer.Render(options, assetUrls, nonce, hiddenPrechatFields, userVerification)
            : HtmlString.Empty;
    }

    /// <summary>
    /// The HTML for this request in two parts (host and assets, see <see cref="ChatResetParts"/>), or null when
    /// ChatReset was already rendered in it, whether whole or in parts: a second widget gets neither part.
    /// Options must be valid.
    /// </summary>
    public ChatResetParts? RenderParts(HttpContext httpContext, ChatResetOptions options)
        => RenderParts(httpContext, options, hiddenPrechatFields: null);

    /// <summary>As <see cref="RenderParts(HttpContext, ChatResetOptions)"/>, with the page's optional features (as <see cref="Render(HttpContext, ChatResetOptions, HiddenPrechatFieldValues?, UserVerificationClientConfig?)"/>).</summary>
    public ChatResetParts? RenderParts(
        HttpContext httpContext, ChatResetOptions options, HiddenPrechatFieldValues? hiddenPrechatFields, UserVerificationClientConfig? userVerification = null)
    {
        ArgumentNullException.ThrowIfNull(options);

        return TryClaim(httpContext, out var assetUrls, out var nonce)
            ? _renderer.RenderParts(options, assetUrls, nonce, hiddenPrechatFields, userVerification)
            : null;
    }

    /// <summary>Claims the request for ChatReset and reads where its assets are served and the page's nonce.</summary>
    private bool TryClaim(HttpContext httpContext, out ChatResetAssetUrls assetUrls, out string? nonce)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        assetUrls = ChatResetAssetUrls.Default;
        nonce = null;
        if (!httpContext.Items.TryAdd(ClaimKey, true))
        {
            return false;
        }

        assetUrls = _assetUrls.Resolve(httpContext);
        nonce = httpContext.RequestServices?.GetService<IChatResetNonceSource>()?.GetNonce(httpContext);
        return true;
    }
}
