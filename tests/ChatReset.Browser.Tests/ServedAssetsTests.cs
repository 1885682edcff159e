using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace ChatReset.Browser.Tests;

/// <summary>
/// ChatReset's script and stylesheet as the published demo serves them: minified, compressed, fingerprinted and
/// cached for a year, so that a repeat view asks the server for neither.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ServedAssetsTests(BrowserFixture fixture, PublishedDemo published, ITestOutputHelper output) : IClassFixture<PublishedDemo>
{
    private const string AssetPrefix = "/_content/ChatReset.Core/";

    /// <summary>The script and stylesheet URLs the page links, read in the browser with their nonces.</summary>
    private async Task<(string Script, string Stylesheet)> LinkedAssetsAsync()
    {
        await using var observed = await fixture.OpenAsync(published.Server);
        var linked = await observed.EvalAsync<string[]>($$"""
            () => {
              const script = document.querySelector('script[src^="{{AssetPrefix}}"]');
              const link = document.querySelector('link[rel=stylesheet][href^="{{AssetPrefix}}"]');
              return [script.getAttribute('src'), link.getAttribute('href'), script.nonce, link.nonce];
            }
            """);
        Assert.NotEqual(string.Empty, linked[2]);
        Assert.NotEqual(string.Empty, linked[3]);
        return (linked[0], linked[1]);
    }

    private static HttpClient RawClient(Uri baseAddress) =>
        new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = baseAddress };

    private static async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(HttpClient client, string url, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var compressed = new MemoryStream(body);
        using Stream decompressing = encoding == "br" ? new BrotliStream(compressed, CompressionMode.Decompress) : new GZipStream(compressed, CompressionMode.Decompress);
        using var plain = new MemoryStream();
        decompressing.CopyTo(plain);
        return plain.ToArray();
    }

    private static string ReadableSource(string file) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "ChatReset.Core", "wwwroot", file));

    [Fact]
    public async Task The_page_links_the_fingerprinted_assets_with_the_nonce()
    {
        var (script, stylesheet) = await LinkedAssetsAsync();

        Assert.Matches(@"^/_content/ChatReset\.Core/chat-reset\.[a-z0-9]+\.js$", script);
        Assert.Matches(@"^/_content/ChatReset\.Core/chat-reset\.[a-z0-9]+\.css$", stylesheet);
    }

    [Fact]
    public async Task The_assets_are_served_minified_compressed_and_immutable()
    {
        var (script, stylesheet) = await LinkedAssetsAsync();
        using var client = RawClient(published.Server.BaseAddress);

        foreach (var (url, file) in new[] { (script, "chat-reset.js"), (stylesheet, "chat-reset.css") })
        {
            var minified = await File.ReadAllBytesAsync(Path.Combine(published.Directory, "wwwroot", "_content", "ChatReset.Core", file));
            Assert.True(minified.Length < Encoding.UTF8.GetByteCount(ReadableSource(file)), $"{file} is not smaller than its readable source");

            foreach (var (accept, encoding) in new[] { ("br, gzip", "br"), ("gzip", "gzip") })
            {
                var (response, body) = await GetAsync(client, url, accept);
                Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
                Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
                Assert.NotNull(response.Headers.ETag);
                Assert.Equal(minified, Decompress(body, encoding));
                output.WriteLine($"{url} with Accept-Encoding {accept}: {body.Length} B ({encoding}), {minified.Length} B minified");
            }

            // The plain name serves the same minified file (for hosts without MapStaticAssets), revalidated each time.
            var (plain, plainBody) = await GetAsync(client, AssetPrefix + file, "identity");
            Assert.Equal(minified, plainBody);
            Assert.Equal("no-cache", plain.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task The_minified_script_points_to_its_source_map_which_holds_the_readable_script()
    {
        using var client = RawClient(published.Server.BaseAddress);

        var script = Encoding.UTF8.GetString((await GetAsync(client, AssetPrefix + "chat-reset.js", "identity")).Body);
        Assert.EndsWith("//# sourceMappingURL=chat-reset.js.map", script.TrimEnd(), StringComparison.Ordinal);
        using var map = JsonDocument.Parse((await GetAsync(client, AssetPrefix + "chat-reset.js.map", "identity")).Body);
        Assert.Equal(3, map.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("wwwroot/chat-reset.js", map.RootElement.GetProperty("sources")[0].GetString());
        Assert.Equal(ReadableSource("chat-reset.js"), map.RootElement.GetProperty("sourcesContent")[0].GetString());

        var stylesheet = Encoding.UTF8.GetString((await GetAsync(client, AssetPrefix + "chat-reset.css", "identity")).Body);
        Assert.StartsWith("/* minified from ChatReset.Core wwwroot/chat-reset.css */", stylesheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeat_view_asks_the_server_for_no_ChatReset_asset()
    {
        var context = await fixture.Browser.NewContextAsync();
        try
        {
            var before = await published.RequestsReceivedAsync(AssetPrefix);
            var first = await context.NewPageAsync();
            await first.GotoAsync(published.Server.Url("/").ToString(), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
            var firstView = await published.RequestsReceivedAsync(AssetPrefix) - before;

            // A second view in the same browser: a new tab, as a visitor opening another page of the site.
            var second = await context.NewPageAsync();
            await second.GotoAsync(published.Server.Url("/").ToString(), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
            var repeatView = await published.RequestsReceivedAsync(AssetPrefix) - before - firstView;

            output.WriteLine($"requests for {AssetPrefix}*: first view {firstView}, repeat view {repeatView}");
            Assert.Equal(2, firstView);
            Assert.Equal(0, repeatView);
            // The cached script did run (it loaded and initialised the chat), and the cached stylesheet applies.
            await second.WaitForFunctionAsync("() => window.simulatedSalesforce && simulatedSalesforce.initCalls === 1");
            Assert.Equal("fixed", await second.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.chat-reset__notice')).position"));
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
