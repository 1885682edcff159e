using Microsoft.Playwright;

namespace ChatReset.Cms.Tests;

/// <summary>
/// One Chromium and one Orchard Core site per collection. The site runs in a named culture (en_US.UTF-8) or in the
/// invariant culture (C.UTF-8, the default of Debian-based containers), where the first release lost wording.
/// </summary>
public abstract class CmsFixture(string lang) : IAsyncLifetime
{
    // Salesforce's bootstrap for the setup recipe's placeholder site URL; the tests answer it with the demo's
    // simulated client, so the reset runs end to end without an org.
    public const string PlaceholderSiteOrigin = "https://example.my.site.com";

    private static readonly string SimulatedClient = Path.Combine(
        RepositoryRoot.Path, "samples", "ChatReset.Demo", "wwwroot", "simulated-salesforce", "bootstrap.js");

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public CmsSite Site { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Site = await CmsSite.StartAsync(lang);
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

    /// <summary>
    /// A fresh browser context (no cookies) whose Salesforce requests reach the simulated client; in the browser
    /// language <paramref name="locale"/> when given (it sends Accept-Language).
    /// </summary>
    public async Task<CmsPage> OpenAsync(string path = "/", string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
        context.SetDefaultTimeout(20_000);
        await context.RouteAsync(PlaceholderSiteOrigin + "/**", async route =>
        {
            if (route.Request.Url.EndsWith("/assets/js/bootstrap.min.js", StringComparison.Ordinal))
            {
                await route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/javascript", Body = await File.ReadAllTextAsync(SimulatedClient) });
            }
            else
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
            }
        });

        // The simulated client's stylesheet is site-relative in the demo; here nothing serves it.
        await context.RouteAsync("**/simulated-salesforce/bootstrap.css", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/css", Body = "" }));

        var page = new CmsPage(this, context, await context.NewPageAsync());
        if (path is not null)
        {
            await page.GotoAsync(path);
        }

        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }
    }
}

public sealed class EnglishSiteFixture() : CmsFixture("en_US.UTF-8");

public sealed class InvariantSiteFixture() : CmsFixture("C.UTF-8");

[CollectionDefinition(Name)]
public sealed class EnglishSiteCollection : ICollectionFixture<EnglishSiteFixture>
{
    public const string Name = "Orchard Core site, en-US";
}

[CollectionDefinition(Name)]
public sealed class InvariantSiteCollection : ICollectionFixture<InvariantSiteFixture>
{
    public const string Name = "Orchard Core site, invariant culture";
}
