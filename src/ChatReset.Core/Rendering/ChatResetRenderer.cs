using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatReset.Core.PageContext;
using ChatReset.Core.Verification;
using Microsoft.AspNetCore.Html;

namespace ChatReset.Core.Rendering;

/// <summary>
/// Turns <see cref="ChatResetOptions"/> into the HTML a page needs: the host (the launcher when loading on
/// interaction, the notice's wording in a template, the notice live region), then the assets: the configuration as
/// a JSON data block, the stylesheet and the reset script, which loads and initialises the Salesforce bootstrap itself without inline handlers.
/// Whole with <see cref="Render"/>, or in those two parts with <see cref="RenderParts"/>.
/// </summary>
/// <remarks>
/// Everything that depends only on the options is built once and cached by value; a request only writes the
/// cached segments and, when there is one, the CSP nonce. Register as a singleton.
/// </remarks>
public sealed class ChatResetRenderer
{
    // Options sets a site really uses are few (one per tenant and culture); the bound protects memory if a
    // caller builds options from unbounded input.
    private const int MaxCachedEntries = 64;

    // The encoder is pinned rather than left to the default so that nobody can switch this data block to relaxed
    // escaping: only JavaScriptEncoder.Default keeps "</script", "<!--" and U+2028/U+2029 out of the JSON.
    private static readonly ChatResetJsonContext Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });

    private readonly ConcurrentDictionary<CacheKey, ChatResetMarkup> _cache = new(CacheKeyComparer.Instance);
    private readonly ConcurrentDictionary<string, ChatResetAssetUrls> _urlsByBasePath = new(StringComparer.Ordinal);

    /// <summary>
    /// Returns the HTML for a page in one piece: the host followed by the assets (see <see cref="RenderParts(ChatResetOptions, string?, string?)"/>).
    /// Options must be valid (see <see cref="ChatResetOptionsValidator"/>).
    /// </summary>
    /// <param name="options">The chat settings.</param>
    /// <param name="assetBasePath">Where the static assets are served, including any path base (default <see cref="ChatResetAssets.BasePath"/>).</param>
    /// <param name="nonce">The page's CSP nonce, or null when the page has no nonce-based policy.</param>
    public IHtmlContent Render(ChatResetOptions options, string? assetBasePath = null, string? nonce = null) =>
        Render(options, UrlsUnder(assetBasePath), nonce);

    /// <summary>Like <see cref="Render(ChatResetOptions, string?, string?)"/>, linking the assets at <paramref name="assetUrls"/> (e.g. fingerprinted URLs).</summary>
    public IHtmlContent Render(ChatResetOptions options, ChatResetAssetUrls assetUrls, string? nonce = null) =>
        GetMarkup(options, assetUrls).WithNonce(nonce);

    /// <summary>
    /// Like <see cref="Render(ChatResetOptions, ChatResetAssetUrls, string?)"/>, with the page's optional features (see
    /// <see cref="RenderParts(ChatResetOptions, ChatResetAssetUrls, string?, HiddenPrechatFieldValues?, UserVerificationClientConfig?)"/>).
    /// </summary>
    public IHtmlContent Render(
        ChatResetOptions options, ChatResetAssetUrls assetUrls, string? nonce, HiddenPrechatFieldValues? hiddenPrechatFields, UserVerificationClientConfig? userVerification = null)
    {
        if (!HasFeatures(hiddenPrechatFields, userVerification))
        {
            return Render(options, assetUrls, nonce);
        }

        var parts = RenderParts(options, assetUrls, nonce, hiddenPrechatFields, userVerification);
        return new HtmlContentBuilder(2).AppendHtml(parts.Host).AppendHtml(parts.Assets);
    }

    /// <summary>
    /// Returns the same HTML as <see cref="Render(ChatResetOptions, string?, string?)"/> in two parts, for hosts that place the visible part
    /// where the chat sits and the rest at the page foot. Writing <see cref="ChatResetParts.Host"/> then
    /// <see cref="ChatResetParts.Assets"/> gives exactly what Render gives. Options must be valid.
    /// </summary>
    /// <param name="options">The chat settings.</param>
    /// <param name="assetBasePath">Where the static assets are served, including any path base (default <see cref="ChatResetAssets.BasePath"/>).</param>
    /// <param name="nonce">The page's CSP nonce, put on the stylesheet and the script of the assets; null for none.</param>
    public ChatResetParts RenderParts(ChatResetOptions options, string? assetBasePath = null, string? nonce = null) =>
        RenderParts(options, UrlsUnder(assetBasePath), nonce);

    /// <summary>Like <see cref="RenderParts(ChatResetOptions, string?, string?)"/>, linking the assets at <paramref name="assetUrls"/>.</summary>
    public ChatResetParts RenderParts(ChatResetOptions options, ChatResetAssetUrls assetUrls, string? nonce = null) =>
        RenderParts(options, assetUrls, nonce, hiddenPrechatFields: null);

    /// <summary>
    /// Like <see cref="RenderParts(ChatResetOptions, ChatResetAssetUrls, string?)"/>, with the page's optional features:
    /// its hidden pre-chat fields (null or empty: none) and, on a site with verified chat on, its
    /// <c>userVerification</c> (null: verification off). With either, the assets start with the features' script
    /// (deferred, so it runs right before the reset script, which calls it) and the fields' data block, which the
    /// features' script takes only there, right before the configuration. Pages without them are as they were.
    /// </summary>
    public ChatResetParts RenderParts(
        ChatResetOptions options, ChatResetAssetUrls assetUrls, string? nonce, HiddenPrechatFieldValues? hiddenPrechatFields, UserVerificationClientConfig? userVerification = null)
    {
        var markup = GetMarkup(options, assetUrls).WithUserVerification(userVerification);
        var assets = markup.AssetsWithNonce(nonce);
        if (!HasFeatures(hiddenPrechatFields, userVerification))
        {
            return new ChatResetParts(markup.Host, assets);
        }

        var html = HtmlEncoder.Default;
        var featuresScript = string.IsNullOrEmpty(nonce)
            ? $"<script src=\"{html.Encode(assetUrls.FeaturesScript)}\" defer></script>"
            : $"<script src=\"{html.Encode(assetUrls.FeaturesScript)}\" defer nonce=\"{html.Encode(nonce)}\"></script>";
        return new ChatResetParts(
            markup.Host,
            new HtmlContentBuilder(3).AppendHtml(featuresScript).AppendHtml(hiddenPrechatFields?.ToHtml() ?? HtmlString.Empty).AppendHtml(assets));
    }

    private static bool HasFeatures(HiddenPrechatFieldValues? hiddenPrechatFields, UserVerificationClientConfig? userVerification)
        => hiddenPrechatFields is { Values.Count: > 0 } || userVerification is not null;

    /// <summary>The cached, per-settings markup. Exposed for benchmarks and tests.</summary>
    internal ChatResetMarkup GetMarkup(ChatResetOptions options, ChatResetAssetUrls assetUrls)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(assetUrls);

        var key = new CacheKey(options, assetUrls);
        if (_cache.TryGetValue(key, out var markup))
        {
            return markup;
        }

        if (_cache.Count >= MaxCachedEntries)
        {
            _cache.Clear();
        }

        // Key on a copy: the caller may go on mutating its instance.
        var snapshot = options with { };
        return _cache.GetOrAdd(new CacheKey(snapshot, assetUrls), static k => Build(k.Options, k.AssetUrls));
    }

    /// <summary>The plain URLs under a base path, made once per base path so that a cached render allocates nothing.</summary>
    private ChatResetAssetUrls UrlsUnder(string? assetBasePath)
    {
        if (assetBasePath is null || assetBasePath == ChatResetAssets.BasePath)
        {
            return ChatResetAssetUrls.Default;
        }

        if (_urlsByBasePath.TryGetValue(assetBasePath, out var urls))
        {
            return urls;
        }

        if (_urlsByBasePath.Count >= MaxCachedEntries)
        {
            _urlsByBasePath.Clear();
        }

        return _urlsByBasePath.GetOrAdd(assetBasePath, ChatResetAssetUrls.Under);
    }

    /// <summary>Builds the markup from scratch, without the cache. Used by the cache and by benchmarks.</summary>
    internal static ChatResetMarkup Build(ChatResetOptions options, ChatResetAssetUrls assetUrls)
    {
        var html = HtmlEncoder.Default;

        var config = new ChatResetClientConfig(
            OrgId: options.OrgId ?? string.Empty,
            DeploymentApiName: options.DeploymentApiName ?? string.Empty,
            SiteUrl: options.SiteUrl ?? string.Empty,
            Scrt2Url: options.Scrt2Url ?? string.Empty,
            Language: options.Language ?? ChatResetOptions.DefaultLanguage,
            BootstrapUrl: options.EffectiveBootstrapUrl,
            ProductionMode: options.ProductionMode,
            LoadOnInteraction: options.LoadOnInteraction);
        var json = JsonSerializer.Serialize(config, Json.ChatResetClientConfig);

        var host = new StringBuilder(512);
        host.Append("<div class=\"chat-reset\" data-chat-reset>");
        if (options.LoadOnInteraction)
        {
            // Hidden until the script listens to it: a click on a launcher that looks ready but is not would be lost.
            host.Append("<button type=\"button\" class=\"chat-reset__launcher\" data-chat-reset-launcher hidden>")
                .Append(html.Encode(options.LauncherLabel ?? ChatResetOptions.DefaultLauncherLabel))
                .Append("</button>");
        }

        // The notice's content, which the script copies into the live region when a session ends: the message
        // (focusable, so that focus can rest on it) and the two controls. The script relies on this order.
        host.Append("<template><p class=\"chat-reset__message\" tabindex=\"-1\">")
            .Append(html.Encode(options.EndOfChatMessage ?? ChatResetOptions.DefaultEndOfChatMessage))
            .Append("</p><div class=\"chat-reset__actions\"><button type=\"button\" class=\"chat-reset__restart\" data-chat-reset-restart>")
            .Append(html.Encode(options.RestartLabel ?? ChatResetOptions.DefaultRestartLabel))
            .Append("</button><button type=\"button\" class=\"chat-reset__dismiss\" data-chat-reset-dismiss>")
            .Append(html.Encode(options.DismissLabel ?? ChatResetOptions.DefaultDismissLabel))
            .Append("</button></div></template>");

        // The live region is in the page from the start (empty, so invisible): screen readers announce changes
        // to a region they already know, not a region inserted together with its text.
        host.Append("<div class=\"chat-reset__notice\" data-chat-reset-notice role=\"status\" aria-live=\"polite\"></div>")
            .Append("</div>");

        var beforeLinkNonce = $"<script type=\"application/json\" data-chat-reset-config>{json}</script>"
            + $"<link rel=\"stylesheet\" href=\"{html.Encode(assetUrls.Stylesheet)}\"";
        var scriptTag = $"<script src=\"{html.Encode(assetUrls.Script)}\" defer";
        var assets = $"{beforeLinkNonce}>{scriptTag}></script>";

        return new ChatResetMarkup(
            Host: new HtmlString(host.ToString()),
            Assets: new HtmlString(assets),
            WithoutNonce: new HtmlString(host.Append(assets).ToString()),
            AssetsBeforeLinkNonce: beforeLinkNonce + " nonce=\"",
            BeforeScriptNonce: $"\">{scriptTag} nonce=\"",
            AfterScriptNonce: "\"></script>")
        {
            ConfigJson = json,
        };
    }

    private readonly record struct CacheKey(ChatResetOptions Options, ChatResetAssetUrls AssetUrls);

    /// <summary>
    /// Compares keys by every value (the record's equality) but hashes only the short fields that tell a site's
    /// option sets apart (org, deployment, language, switches) and only the length of the script's URL. Hashing all of
    /// them, the long URLs and wording included, was most of a cached render's cost; the few sets that share a hash
    /// still compare in full. The URLs come from caches (<see cref="ChatResetAssetUrls.Default"/>, one instance per base
    /// path or per path base and asset collection), so equal URLs are nearly always one instance, compared by reference.
    /// </summary>
    private sealed class CacheKeyComparer : IEqualityComparer<CacheKey>
    {
        public static readonly CacheKeyComparer Instance = new();

        public bool Equals(CacheKey x, CacheKey y)
            => (ReferenceEquals(x.AssetUrls, y.AssetUrls) || x.AssetUrls.Equals(y.AssetUrls)) && x.Options.Equals(y.Options);

        public int GetHashCode(CacheKey key)
            => HashCode.Combine(
                key.Options.OrgId,
                key.Options.DeploymentApiName,
                key.Options.Language,
                key.Options.ProductionMode,
                key.Options.LoadOnInteraction,
                key.AssetUrls.Script.Length);
    }
}

/// <summary>
/// The per-settings HTML: the host, the assets, and both together, each ready to write when the page has no nonce;
/// the assets also split where a request's nonce goes.
/// </summary>
internal sealed record ChatResetMarkup(
    HtmlString Host,
    HtmlString Assets,
    HtmlString WithoutNonce,
    string AssetsBeforeLinkNonce,
    string BeforeScriptNonce,
    string AfterScriptNonce)
{
    /// <summary>The configuration's JSON as it is in the segments above (see <see cref="ChatResetUserVerificationMarkup"/>).</summary>
    public string ConfigJson { get; init; } = string.Empty;

    /// <summary>The page's whole HTML carrying <paramref name="nonce"/> on the stylesheet and the script; none when empty.</summary>
    public IHtmlContent WithNonce(string? nonce) =>
        string.IsNullOrEmpty(nonce) ? WithoutNonce : new NoncedHtml(this, nonce, withHost: true);

    /// <summary>The assets alone carrying <paramref name="nonce"/> on the stylesheet and the script; none when empty.</summary>
    public IHtmlContent AssetsWithNonce(string? nonce) =>
        string.IsNullOrEmpty(nonce) ? Assets : new NoncedHtml(this, nonce, withHost: false);

    /// <summary>Writes the cached segments around the request's nonce; the only per-request allocation.</summary>
    private sealed class NoncedHtml(ChatResetMarkup markup, string nonce, bool withHost) : IHtmlContent
    {
        // The nonce goes into an attribute value, so it is encoded for HTML whatever encoder the caller passes:
        // Orchard Core writes registered foot scripts with NullHtmlEncoder (ResourceManager.RenderFootScript), which
        // would otherwise let a quote in a misconfigured nonce end the attribute.
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            if (withHost)
            {
                writer.Write(markup.Host.Value);
            }

            writer.Write(markup.AssetsBeforeLinkNonce);
            HtmlEncoder.Default.Encode(writer, nonce);
            writer.Write(markup.BeforeScriptNonce);
            HtmlEncoder.Default.Encode(writer, nonce);
            writer.Write(markup.AfterScriptNonce);
        }
    }
}
