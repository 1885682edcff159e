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
        Browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Debian's Chromium, headless (no browser is downloaded).</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            // The demo's settings name real Salesforce domains; a connection hint must not reach them from a test.
            "--host-resolver-rules=MAP *.my.site.com ~NOTFOUND, MAP *.salesforce-scrt.com ~NOTFOUND",
        ],
    });

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

    /// <summary>Desktop: 1280x800.</summary>
    public static BrowserNewContextOptions Desktop => new() { ViewportSize = new() { Width = 1280, Height = 800 } };

    /// <summary>Phone: 375x667 CSS pixels, touch.</summary>
    public static BrowserNewContextOptions Phone => new()
    {
        ViewportSize = new() { Width = 375, Height = 667 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
    };

    /// <summary>The viewport for a test's name: "desktop" or "phone".</summary>
    public static BrowserNewContextOptions Viewport(string name) => name switch
    {
        "desktop" => Desktop,
        "phone" => Phone,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>A fresh browser context and page that records what the tests assert on, at <paramref name="path"/>.</summary>
    public async Task<ObservedPage> OpenAsync(DemoServer server, string path = "/", BrowserNewContextOptions? options = null)
    {
        var observed = await NewPageAsync(options);
        await observed.Page.GotoAsync(server.Url(path).ToString());
        return observed;
    }

    /// <summary>A fresh browser context and blank page that records what the tests assert on.</summary>
    public async Task<ObservedPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        // Short enough that a broken behaviour fails fast, long enough for a loaded CI machine.
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        var observed = new ObservedPage(context, page);
        await observed.InstallAsync();
        return observed;
    }

    /// <summary>Opens <c>/</c> of the demo started with <paramref name="args"/>, with a conversation the agent accepted.</summary>
    public Task<ObservedPage> OpenInConversationAsync(params string[] args) => OpenInConversationAsync(null, args);

    /// <summary>As <see cref="OpenInConversationAsync(string[])"/>, in a browser context with these options.</summary>
    public async Task<ObservedPage> OpenInConversationAsync(BrowserNewContextOptions? options, params string[] args)
    {
        var observed = await OpenAsync(await ServerAsync(args), "/", options);
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
