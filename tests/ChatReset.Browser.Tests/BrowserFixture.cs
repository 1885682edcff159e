using Microsoft.Playwright;

namespace ChatReset.Browser.Tests;

/// <summary>
/// One Chromium for the whole collection, plus one demo server per distinct configuration (started on first
/// use and reused), so the suite stays fast.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly Dictionary<string, Task<DemoServer>> _servers = [];
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>The demo started with these command-line configuration arguments (e.g. <c>--ChatReset:ProductionMode=false</c>).</summary>
    public Task<DemoServer> ServerAsync(params string[] args)
    {
        var key = string.Join('\n', args);
        lock (_servers)
        {
            if (!_servers.TryGetValue(key, out var server))
            {
                server = DemoServer.StartBuiltAsync(args);
                _servers[key] = server;
            }

            return server;
        }
    }

    /// <summary>A fresh browser context and page that records what the tests assert on.</summary>
    public async Task<ObservedPage> OpenAsync(DemoServer server, string path = "/")
    {
        var context = await Browser.NewContextAsync();
        // Short enough that a broken behaviour fails fast, long enough for a loaded CI machine.
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        var observed = new ObservedPage(context, page);
        await observed.InstallAsync();
        await page.GotoAsync(server.Url(path).ToString());
        return observed;
    }

    /// <summary>Opens <c>/</c> of the demo started with <paramref name="args"/>, with a conversation the agent accepted.</summary>
    public async Task<ObservedPage> OpenInConversationAsync(params string[] args)
    {
        var observed = await OpenAsync(await ServerAsync(args));
        try
        {
            await observed.StartConversationAsync();
            return observed;
        }
        catch
        {
            await observed.DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers.Values)
        {
            if (server.IsCompletedSuccessfully)
            {
                await server.Result.DisposeAsync();
            }
        }

        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
