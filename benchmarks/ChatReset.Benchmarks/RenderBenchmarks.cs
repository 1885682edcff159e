using System.Text.Encodings.Web;
using BenchmarkDotNet.Attributes;
using ChatReset.Core;
using ChatReset.Core.AspNetCore;
using ChatReset.Core.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace ChatReset.Benchmarks;

/// <summary>
/// What a page pays for ChatReset: building the markup from the settings on every request (the baseline)
/// against the cached segments written around the request's nonce. Both write into the same reused writer.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private readonly ChatResetRenderer _renderer = new();
    private readonly StringWriter _writer = new();
    private readonly DefaultHttpContext _request = new();
    private ChatResetPageRenderer _pageRenderer = null!;
    private ChatResetOptions _options = null!;
    private ChatResetOptions _equalCopy = null!;
    private string? _nonce;

    /// <summary>With a CSP nonce the cached path writes five segments instead of one string.</summary>
    [Params(false, true)]
    public bool WithNonce { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _options = new ChatResetOptions
        {
            OrgId = "00D5g000004XyZq",
            DeploymentApiName = "ESA_Web_Deployment",
            SiteUrl = "https://acme.my.site.com/ESWWeb1700000000000",
            Scrt2Url = "https://acme.my.salesforce-scrt.com",
            EndOfChatMessage = "Ce chat est terminé. Besoin d'aide ? Démarrez une nouvelle conversation.",
            LoadOnInteraction = true,
        };
        // What the Orchard Core module hands the renderer: equal values in new string instances, read from the
        // site settings document on each request, so the cache compares characters rather than references.
        _equalCopy = _options with
        {
            OrgId = Copy(_options.OrgId),
            DeploymentApiName = Copy(_options.DeploymentApiName),
            SiteUrl = Copy(_options.SiteUrl),
            Scrt2Url = Copy(_options.Scrt2Url),
            Language = Copy(_options.Language),
            EndOfChatMessage = Copy(_options.EndOfChatMessage),
            RestartLabel = Copy(_options.RestartLabel),
            DismissLabel = Copy(_options.DismissLabel),
            LauncherLabel = Copy(_options.LauncherLabel),
        };
        _nonce = WithNonce ? "Kx3T8bq0Yv1nZ2mR5wE7uA==" : null;
        _renderer.Render(_options, nonce: _nonce); // fill the cache

        // A page of a host using MapStaticAssets: its endpoint carries the fingerprints (.WithStaticAssets()).
        _pageRenderer = new ChatResetPageRenderer(_renderer);
        var assets = new ResourceAssetCollection(
        [
            new ResourceAsset("_content/ChatReset.Core/chat-reset.hcm91a4uiu.js", [new ResourceAssetProperty("label", "_content/ChatReset.Core/chat-reset.js")]),
            new ResourceAsset("_content/ChatReset.Core/chat-reset.46z9pfau6w.css", [new ResourceAssetProperty("label", "_content/ChatReset.Core/chat-reset.css")]),
        ]);
        _request.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(new object[] { assets }), "page"));
        _request.RequestServices = new NonceServices(_nonce);
        PageRenderWithFingerprints(); // fill the caches
    }

    [Benchmark(Baseline = true)]
    public int BuildFromScratch() =>
        Write(ChatResetRenderer.Build(_options, ChatResetAssetUrls.Default).WithNonce(_nonce));

    [Benchmark]
    public int CachedRender() => Write(_renderer.Render(_options, nonce: _nonce));

    /// <summary>The Orchard widget's path: the host where the widget sits, the assets at the page foot.</summary>
    [Benchmark]
    public int CachedRenderParts()
    {
        var parts = _renderer.RenderParts(_options, nonce: _nonce);
        return Write(parts.Host) + Write(parts.Assets);
    }

    /// <summary>The cached path given options equal to, but not the same instances as, the cached ones.</summary>
    [Benchmark]
    public int CachedRenderFromEqualCopy() => Write(_renderer.Render(_equalCopy, nonce: _nonce));

    /// <summary>
    /// The tag helper's path on such a page: claim the request, find the fingerprinted URLs (one dictionary lookup),
    /// read the nonce, then the cached render. Items are cleared as a new request would have none.
    /// </summary>
    [Benchmark]
    public int PageRenderWithFingerprints()
    {
        _request.Items.Clear();
        return Write(_pageRenderer.Render(_request, _options));
    }

    private static string? Copy(string? value) => value is null ? null : new string(value.AsSpan());

    private int Write(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        var buffer = _writer.GetStringBuilder();
        buffer.Clear();
        content.WriteTo(_writer, HtmlEncoder.Default);
        return buffer.Length;
    }
}

/// <summary>Request services holding only the nonce source, as a site registers it.</summary>
internal sealed class NonceServices(string? nonce) : IServiceProvider, IChatResetNonceSource
{
    public object? GetService(Type serviceType) => serviceType == typeof(IChatResetNonceSource) ? this : null;

    public string? GetNonce(HttpContext httpContext) => nonce;
}
