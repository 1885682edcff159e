using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ChatReset.Cms.Tests;

/// <summary>
/// ChatReset.Cms.Host as its own process: a fresh Orchard Core site (SQLite in a temporary App_Data) that sets itself
/// up on the first request with the project's setup recipe, on a real Kestrel bound to <c>http://127.0.0.1:0</c>.
/// </summary>
public sealed partial class CmsSite : IAsyncDisposable
{
    public const string AdminUserName = "admin";
    public const string Password = "Chat!Reset-2026";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly string _appData;
    private readonly List<string> _output;

    private CmsSite(Process process, Uri baseAddress, string appData, List<string> output)
    {
        _process = process;
        BaseAddress = baseAddress;
        _appData = appData;
        _output = output;
    }

    public Uri BaseAddress { get; }

    public Uri Url(string path) => new(BaseAddress, path);

    /// <summary>What the site wrote to its console so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts a new site whose process runs in <paramref name="lang"/> (e.g. <c>C.UTF-8</c>: the invariant culture).</summary>
    public static async Task<CmsSite> StartAsync(string lang)
    {
        var hostDirectory = Path.Combine(RepositoryRoot.Path, "tests", "ChatReset.Cms.Host", "bin", RepositoryRoot.Configuration, "net10.0");
        var dll = Path.Combine(hostDirectory, "ChatReset.Cms.Host.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build the host first: dotnet build -p:OrchardCoreSource=Packages.", dll);
        }

        var appData = Directory.CreateTempSubdirectory("chatreset-cms-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "tests", "ChatReset.Cms.Host"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");

        var environment = start.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["LANG"] = lang;
        environment["LC_ALL"] = lang;
        environment["ORCHARD_APP_DATA"] = appData;
        environment["Logging__Console__FormatterName"] = "simple";
        const string Tenant = "OrchardCore__OrchardCore_AutoSetup__Tenants__0__";
        environment[Tenant + "ShellName"] = "Default";
        environment[Tenant + "SiteName"] = "ChatReset test site";
        environment[Tenant + "SiteTimeZone"] = "Europe/London";
        environment[Tenant + "AdminUsername"] = AdminUserName;
        environment[Tenant + "AdminEmail"] = "admin@example.com";
        environment[Tenant + "AdminPassword"] = Password;
        environment[Tenant + "DatabaseProvider"] = "Sqlite";
        environment[Tenant + "RecipeName"] = "ChatReset";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Orchard Core host.");
        var output = new List<string>();
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(e.Data);
            }

            if (ListeningRegex().Match(e.Data) is { Success: true } match)
            {
                address.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var site = default(CmsSite);
        try
        {
            site = new CmsSite(process, await address.Task.WaitAsync(StartTimeout), appData, output);
            await site.WaitForSetupAsync();
            return site;
        }
        catch (Exception exception)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The Orchard Core host did not come up:\n" + string.Join('\n', output), exception);
        }
    }

    /// <summary>The first request runs the auto-setup; the site is ready when the home page answers 200.</summary>
    private async Task WaitForSetupAsync()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(BaseAddress);
                if ((int)response.StatusCode == 200)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            catch (TaskCanceledException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                throw new TimeoutException("The site did not finish its setup.");
            }

            await Task.Delay(500);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_appData, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold its file for a moment; the temporary folder is the system's to clean.
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningRegex();
}
