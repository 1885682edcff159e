using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace ChatReset.Benchmarks;

/// <summary>
/// The <c>size</c> command: publishes the sample site to a temporary folder, starts it on 127.0.0.1 in Production,
/// requests its home page and follows the links to ChatReset's script and stylesheet, asking as a browser does
/// (<c>Accept-Encoding: br, gzip</c>), as an older client does (<c>gzip</c>) and for the raw file; then starts it again
/// with hidden pre-chat fields mapped and does the same for the optional features' script. Prints the bytes of
/// each response body, which is what travels, and checks them against the budgets. Exit codes: 0 within budget,
/// 1 over budget, 2 when the site could not be published, started or read.
/// </summary>
internal static partial class ServedSize
{
    /// <summary>The most the script may weigh as sent to a browser that accepts brotli.</summary>
    public const int ScriptBudgetBytes = 1300;

    /// <summary>The most the script and the stylesheet together may weigh as sent to a browser that accepts brotli.</summary>
    public const int TotalBudgetBytes = 1800;

    /// <summary>
    /// The most the optional features' script (hidden pre-chat fields, verified chat) may weigh with brotli: only
    /// pages that use a feature load it, so it has a budget of its own, just above what it weighed when it was split
    /// off the reset script.
    /// </summary>
    public const int FeaturesScriptBudgetBytes = 700;

    // Served like the reset script; the default page of the sample links it nowhere, so it is requested by name.
    private const string FeaturesScriptName = "chat-reset-features.";

    private const string DemoProject = "samples/ChatReset.Demo/ChatReset.Demo.csproj";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(TextWriter output)
    {
        var repository = FindRepository();
        if (repository is null)
        {
            output.WriteLine("size: ChatReset.sln not found above the current directory.");
            return 2;
        }

        var publishDirectory = Path.Combine(Path.GetTempPath(), "chatreset-size-" + Guid.NewGuid().ToString("N"));
        try
        {
            output.WriteLine($"size: publishing {DemoProject} (Release)...");
            var (published, publishLog) = await RunToEndAsync(repository, "publish", DemoProject, "-c", "Release", "-o", publishDirectory, "-nologo");
            if (!published)
            {
                output.WriteLine(publishLog);
                output.WriteLine("size: dotnet publish failed.");
                return 2;
            }

            List<ServedAsset> assets, withFeatures;
            Uri address;
            using (var site = await PublishedSite.StartAsync(publishDirectory))
            {
                address = site.BaseAddress;
                assets = await MeasurePageAsync(site.BaseAddress);
            }

            // The same sample with hidden pre-chat fields mapped: its pages link the optional features' script.
            using (var site = await PublishedSite.StartAsync(publishDirectory, "--Demo:PageContext=true"))
            {
                withFeatures = await MeasurePageAsync(site.BaseAddress);
            }

            var features = withFeatures.FirstOrDefault(asset => asset.Url.Contains(FeaturesScriptName, StringComparison.Ordinal));
            if (assets.Count == 0 || features is null)
            {
                output.WriteLine($"size: the sample's home page links no ChatReset asset{(assets.Count == 0 ? string.Empty : " (with Demo:PageContext=true, no features' script)")}.");
                return 2;
            }

            return Report(assets, features, address, output);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException or InvalidOperationException)
        {
            output.WriteLine($"size: {exception.Message}");
            return 2;
        }
        finally
        {
            if (Directory.Exists(publishDirectory))
            {
                Directory.Delete(publishDirectory, recursive: true);
            }
        }
    }

    /// <summary>One asset as served: body bytes per request kind, and what the server said about encoding and caching.</summary>
    private sealed record ServedAsset(string Url, long Brotli, string? BrotliEncoding, long Gzip, string? GzipEncoding, long Identity, string? CacheControl)
    {
        public bool IsScript => Url.EndsWith(".js", StringComparison.Ordinal);
    }

    /// <summary>Every ChatReset asset that the site's home page links, as served.</summary>
    private static async Task<List<ServedAsset>> MeasurePageAsync(Uri site)
    {
        // No automatic decompression: the body's length is then what went over the wire.
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, UseCookies = false })
        {
            BaseAddress = site,
        };
        var page = await client.GetStringAsync("/");
        var assets = new List<ServedAsset>();
        foreach (var url in AssetLinkRegex().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).Distinct())
        {
            assets.Add(await MeasureAssetAsync(client, url));
        }

        return assets;
    }

    private static async Task<ServedAsset> MeasureAssetAsync(HttpClient client, string url)
    {
        var brotli = await GetAsync(client, url, "br, gzip");
        var gzip = await GetAsync(client, url, "gzip");
        var identity = await GetAsync(client, url, null);
        return new ServedAsset(url, brotli.Bytes, brotli.Encoding, gzip.Bytes, gzip.Encoding, identity.Bytes, brotli.CacheControl);
    }

    private static async Task<(long Bytes, string? Encoding, string? CacheControl)> GetAsync(HttpClient client, string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        return (body.LongLength, response.Content.Headers.ContentEncoding.FirstOrDefault(), response.Headers.CacheControl?.ToString());
    }

    private static int Report(List<ServedAsset> assets, ServedAsset features, Uri site, TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"ChatReset's assets as the published sample at {site} serves them (response body bytes):"));
        output.WriteLine(string.Create(culture, $"{"asset",-60} {"br, gzip",12} {"gzip",12} {"none",8}  cache-control"));
        foreach (var asset in assets)
        {
            WriteAsset(asset);
        }

        var totalBrotli = assets.Sum(a => a.Brotli);
        output.WriteLine(string.Create(culture, $"{"total",-60} {totalBrotli,10:N0} B {assets.Sum(a => a.Gzip),10:N0} B {assets.Sum(a => a.Identity),8:N0}"));

        var script = assets.Where(a => a.IsScript).Sum(a => a.Brotli);
        var scriptWithin = script <= ScriptBudgetBytes;
        var totalWithin = totalBrotli <= TotalBudgetBytes;
        output.WriteLine(string.Create(culture, $"budget: script with br, gzip {script:N0} B of {ScriptBudgetBytes:N0} B: {Verdict(scriptWithin)}"));
        output.WriteLine(string.Create(culture, $"budget: script and stylesheet with br, gzip {totalBrotli:N0} B of {TotalBudgetBytes:N0} B: {Verdict(totalWithin)}"));

        output.WriteLine("optional features' script (only pages with hidden pre-chat fields or verified chat load it):");
        WriteAsset(features);
        var featuresWithin = features.Brotli <= FeaturesScriptBudgetBytes;
        output.WriteLine(string.Create(culture, $"budget: features' script with br, gzip {features.Brotli:N0} B of {FeaturesScriptBudgetBytes:N0} B: {Verdict(featuresWithin)}"));
        return scriptWithin && totalWithin && featuresWithin ? 0 : 1;

        void WriteAsset(ServedAsset asset) => output.WriteLine(string.Create(culture,
            $"{asset.Url,-60} {Bytes(asset.Brotli, asset.BrotliEncoding),12} {Bytes(asset.Gzip, asset.GzipEncoding),12} {asset.Identity,8:N0}  {asset.CacheControl}"));

        static string Bytes(long bytes, string? encoding) => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} {encoding ?? "none",-4}");
        static string Verdict(bool within) => within ? "within budget" : "OVER BUDGET";
    }

    private static async Task<(bool Succeeded, string Output)> RunToEndAsync(string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("could not run dotnet");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode == 0, await standardOutput + await standardError);
    }

    private static string? FindRepository()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ChatReset.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>ChatReset's stylesheet link and script tag as the renderer writes them.</summary>
    [GeneratedRegex(@"(?:href|src)=""(?<url>[^""]*/_content/ChatReset\.Core/[^""]+)""")]
    private static partial Regex AssetLinkRegex();

    /// <summary>The published sample running on a port Kestrel picks; stopped (with its process) on dispose.</summary>
    private sealed partial class PublishedSite : IDisposable
    {
        private readonly Process _process;

        private PublishedSite(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public static async Task<PublishedSite> StartAsync(string publishDirectory, params string[] arguments)
        {
            var startInfo = new ProcessStartInfo("dotnet", [Path.Combine(publishDirectory, "ChatReset.Demo.dll"), "--urls", "http://127.0.0.1:0", .. arguments])
            {
                WorkingDirectory = publishDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            startInfo.Environment["DOTNET_ENVIRONMENT"] = "Production";
            var process = Process.Start(startInfo) ?? throw new InvalidOperationException("could not start the published sample");
            var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
            process.OutputDataReceived += (_, line) =>
            {
                if (line.Data is not null && ListeningRegex().Match(line.Data) is { Success: true } match)
                {
                    listening.TrySetResult(new Uri(match.Groups[1].Value));
                }
            };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                return new PublishedSite(process, await listening.Task.WaitAsync(StartTimeout));
            }
            catch
            {
                process.Kill(entireProcessTree: true);
                process.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }

        [GeneratedRegex(@"Now listening on: (http://\S+)")]
        private static partial Regex ListeningRegex();
    }
}
