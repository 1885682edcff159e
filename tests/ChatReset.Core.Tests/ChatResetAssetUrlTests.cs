using System.Text.Json;
using ChatReset.Core.AspNetCore;
using ChatReset.Core.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatReset.Core.Tests;

/// <summary>
/// Which URLs the page renderer links: the fingerprints <c>MapStaticAssets()</c> serves for a year when the host has
/// them, the plain names <c>UseStaticFiles()</c> serves otherwise, always under the request's path base.
/// </summary>
public sealed class ChatResetAssetUrlTests
{
    private const string ScriptLabel = "_content/ChatReset.Core/chat-reset.js";
    private const string StylesheetLabel = "_content/ChatReset.Core/chat-reset.css";
    private const string FingerprintedScript = "_content/ChatReset.Core/chat-reset.abc123xyz.js";
    private const string FingerprintedStylesheet = "_content/ChatReset.Core/chat-reset.def456uvw.css";
    private const string Nonce = "r4nd0m+N0nce=";

    private sealed class FixedNonce : IChatResetNonceSource
    {
        public string? GetNonce(HttpContext httpContext) => Nonce;
    }

    /// <summary>What <c>.WithStaticAssets()</c> puts on a page's endpoint: fingerprinted URLs labelled with the plain names.</summary>
    private static ResourceAssetCollection PageAssets() => new(
    [
        new ResourceAsset(FingerprintedScript, [new ResourceAssetProperty("label", ScriptLabel)]),
        new ResourceAsset(FingerprintedStylesheet, [new ResourceAssetProperty("label", StylesheetLabel)]),
        new ResourceAsset("css/site.css", null),
    ]);

    /// <summary>The endpoints <c>MapStaticAssets()</c> maps for one file: the plain name, the fingerprint, and a compressed variant.</summary>
    private static IEnumerable<Endpoint> StaticAssetEndpoints(string label, string fingerprinted) =>
    [
        StaticAssetEndpoint(label, label, []),
        StaticAssetEndpoint(fingerprinted, label, []),
        StaticAssetEndpoint(fingerprinted, label, [new StaticAssetSelector("Content-Encoding", "br", "0.1")]),
    ];

    private static Endpoint StaticAssetEndpoint(string route, string label, StaticAssetSelector[] selectors) =>
        new(_ => Task.CompletedTask, new EndpointMetadataCollection(new StaticAssetDescriptor
        {
            Route = route,
            AssetPath = label,
            Selectors = selectors,
            Properties = [new StaticAssetProperty("label", label)],
            ResponseHeaders = [],
        }), route);

    private static (ChatResetPageRenderer Renderer, IServiceProvider Services) Build(params Endpoint[] applicationEndpoints)
    {
        var services = new ServiceCollection().AddChatResetServices().AddSingleton<IChatResetNonceSource, FixedNonce>();
        if (applicationEndpoints.Length > 0)
        {
            services.AddSingleton<EndpointDataSource>(new DefaultEndpointDataSource(applicationEndpoints));
        }

        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<ChatResetPageRenderer>(), provider);
    }

    private static DefaultHttpContext Request(IServiceProvider services, ResourceAssetCollection? pageAssets = null, string? pathBase = null)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.PathBase = new PathString(pathBase);
        if (pageAssets is not null)
        {
            // As one item: the collection is itself an IEnumerable, which the params overload would spread.
            context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(new object[] { pageAssets }), "page"));
        }

        return context;
    }

    private static RenderedChatReset Render(ChatResetPageRenderer renderer, HttpContext context) =>
        RenderedChatReset.Parse(renderer.Render(context, ValidOptions.Create()));

    [Fact]
    public void A_page_endpoint_with_static_assets_gets_the_fingerprinted_urls_with_the_nonce()
    {
        var (renderer, services) = Build();

        var page = Render(renderer, Request(services, PageAssets()));

        Assert.Equal("/" + FingerprintedScript, page.Script.GetAttribute("src"));
        Assert.Equal("/" + FingerprintedStylesheet, page.Stylesheet.GetAttribute("href"));
        Assert.Equal(Nonce, page.Script.GetAttribute("nonce"));
        Assert.Equal(Nonce, page.Stylesheet.GetAttribute("nonce"));
    }

    [Theory]
    [InlineData("/shop", "/shop/")]
    [InlineData("/my shop", "/my%20shop/")]
    public void The_fingerprinted_urls_go_under_the_path_base(string pathBase, string prefix)
    {
        var (renderer, services) = Build();

        var parts = renderer.RenderParts(Request(services, PageAssets(), pathBase), ValidOptions.Create())!.Value;
        var page = RenderedChatReset.Parse(RenderedChatReset.ToHtml(parts.Host) + RenderedChatReset.ToHtml(parts.Assets));

        Assert.Equal(prefix + FingerprintedScript, page.Script.GetAttribute("src"));
        Assert.Equal(prefix + FingerprintedStylesheet, page.Stylesheet.GetAttribute("href"));
    }

    [Fact]
    public void Without_static_assets_on_the_page_the_application_static_asset_endpoints_give_the_fingerprints()
    {
        var (renderer, services) = Build(
        [
            .. StaticAssetEndpoints(ScriptLabel, FingerprintedScript),
            .. StaticAssetEndpoints(StylesheetLabel, FingerprintedStylesheet),
        ]);

        var page = Render(renderer, Request(services));

        Assert.Equal("/" + FingerprintedScript, page.Script.GetAttribute("src"));
        Assert.Equal("/" + FingerprintedStylesheet, page.Stylesheet.GetAttribute("href"));
    }

    [Fact]
    public void A_host_serving_with_static_files_only_gets_the_plain_urls()
    {
        var (renderer, services) = Build(new RouteEndpoint(_ => Task.CompletedTask, Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/"), 0, null, "home"));

        var page = Render(renderer, Request(services, pathBase: "/shop"));

        Assert.Equal("/shop/_content/ChatReset.Core/chat-reset.js", page.Script.GetAttribute("src"));
        Assert.Equal("/shop/_content/ChatReset.Core/chat-reset.css", page.Stylesheet.GetAttribute("href"));
    }

    /// <summary>What asp-append-version asks: here a fixed hash, in Orchard Core the site's ShellFileVersionProvider.</summary>
    private sealed class FileVersions : Microsoft.AspNetCore.Mvc.ViewFeatures.IFileVersionProvider
    {
        public string AddFileVersionToPath(PathString requestPathBase, string path) =>
            path.StartsWith(requestPathBase.ToUriComponent() + "/_content/", StringComparison.Ordinal) ? path + "?v=h4sh" : path;
    }

    [Fact]
    public void Without_fingerprints_a_host_with_a_file_version_provider_gets_versioned_urls_as_asp_append_version_writes()
    {
        var services = new ServiceCollection().AddChatResetServices()
            .AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.IFileVersionProvider, FileVersions>()
            .BuildServiceProvider();

        var page = Render(services.GetRequiredService<ChatResetPageRenderer>(), Request(services, pathBase: "/shop"));

        Assert.Equal("/shop/_content/ChatReset.Core/chat-reset.js?v=h4sh", page.Script.GetAttribute("src"));
        Assert.Equal("/shop/_content/ChatReset.Core/chat-reset.css?v=h4sh", page.Stylesheet.GetAttribute("href"));
    }

    [Fact]
    public void A_page_asset_collection_without_chatreset_keeps_the_plain_urls_as_asp_append_version_does()
    {
        var (renderer, services) = Build([.. StaticAssetEndpoints(ScriptLabel, FingerprintedScript)]);

        var page = Render(renderer, Request(services, new ResourceAssetCollection([new ResourceAsset("css/site.css", null)])));

        Assert.Equal("/_content/ChatReset.Core/chat-reset.js", page.Script.GetAttribute("src"));
    }

    [Fact]
    public void Requests_with_the_same_path_base_and_assets_share_one_set_of_urls_and_one_cached_markup()
    {
        var (renderer, services) = Build();
        var assets = PageAssets();

        var first = renderer.RenderParts(Request(services, assets, "/shop"), ValidOptions.Create())!.Value;
        var second = renderer.RenderParts(Request(services, assets, "/shop"), ValidOptions.Create())!.Value;

        // The host is the cached markup's own instance: the second request found the first one's entry.
        Assert.Same(first.Host, second.Host);
    }

    [Fact]
    public void Plain_urls_under_a_base_path_end_without_a_double_slash()
    {
        Assert.Equal(new ChatResetAssetUrls("/a/chat-reset.js", "/a/chat-reset.css", "/a/chat-reset-features.js"), ChatResetAssetUrls.Under("/a/"));
        Assert.Equal("/_content/ChatReset.Core/chat-reset.js", ChatResetAssetUrls.Default.Script);
    }

    [Fact]
    public async Task A_real_host_that_maps_static_assets_but_not_its_pages_with_them_still_links_the_fingerprints()
    {
        // The endpoints manifest the SDK writes, cut down to the two fingerprinted endpoints ChatReset looks for.
        var manifest = Path.Combine(Path.GetTempPath(), $"chatreset-{Guid.NewGuid():N}.staticwebassets.endpoints.json");
        object Endpoint(string route, string label) => new
        {
            Route = route,
            AssetFile = label,
            Selectors = Array.Empty<object>(),
            ResponseHeaders = new[]
            {
                new { Name = "Cache-Control", Value = "max-age=31536000, immutable" },
                new { Name = "Content-Length", Value = "1" },
                new { Name = "ETag", Value = "\"x\"" },
                new { Name = "Last-Modified", Value = "Thu, 03 Dec 2026 10:00:00 GMT" },
            },
            EndpointProperties = new[] { new { Name = "label", Value = label } },
        };
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new
        {
            Version = 1,
            ManifestType = "Publish",
            Endpoints = new[] { Endpoint(FingerprintedScript, ScriptLabel), Endpoint(FingerprintedStylesheet, StylesheetLabel) },
        }));
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Services.AddChatResetServices();
            await using var app = builder.Build();
            app.MapStaticAssets(manifest);
            app.MapGet("/", (HttpContext context, ChatResetPageRenderer renderer) =>
                Results.Content(RenderedChatReset.ToHtml(renderer.Render(context, ValidOptions.Create())), "text/html"));
            await app.StartAsync();

            using var client = new HttpClient();
            var page = RenderedChatReset.Parse(await client.GetStringAsync(app.Urls.First()));

            Assert.Equal("/" + FingerprintedScript, page.Script.GetAttribute("src"));
            Assert.Equal("/" + FingerprintedStylesheet, page.Stylesheet.GetAttribute("href"));
            await app.StopAsync();
        }
        finally
        {
            File.Delete(manifest);
        }
    }
}
