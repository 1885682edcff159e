namespace ChatReset.Browser.Tests;

/// <summary>How the Salesforce bootstrap is loaded and initialised.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LoadingTests(BrowserFixture fixture)
{
    private const string Bootstrap = "/simulated-salesforce/bootstrap.js";

    [Theory]
    [InlineData("/")]
    [InlineData("/two-widgets")]
    [InlineData("/included-twice")]
    public async Task BootstrapIsLoadedAndInitialisedExactlyOnce(string path)
    {
        var server = await fixture.ServerAsync();
        await using var observed = await fixture.OpenAsync(server, path);
        await observed.WaitForChatReadyAsync();
        await observed.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.Equal(1, observed.RequestsTo(Bootstrap));
        Assert.Equal(1, await observed.EvalAsync<int>("() => window.simulatedSalesforceLoads"));
        Assert.Equal(1, await observed.EvalAsync<int>("() => simulatedSalesforce.initCalls"));
        Assert.Equal(1, await observed.Page.Locator(".sim-chat__button").CountAsync());
        Assert.DoesNotContain(observed.Console, line => line.Contains("multiple times", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePageWithTheScriptIncludedTwiceReallyIncludesItTwice()
    {
        var server = await fixture.ServerAsync();
        await using var observed = await fixture.OpenAsync(server, "/included-twice");

        Assert.Equal(2, await observed.Page.Locator("script[src*='/chat-reset.'][src$='.js']").CountAsync());
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("de")]
    public async Task LanguageIsSetBeforeInit(string language)
    {
        var server = await fixture.ServerAsync($"--ChatReset:Language={language}");
        await using var observed = await fixture.OpenAsync(server);
        await observed.WaitForChatReadyAsync();

        Assert.Equal(language, await observed.EvalAsync<string>("() => simulatedSalesforce.languageAtInit"));
    }

    [Fact]
    public async Task LoadOnInteractionLoadsNothingUntilTheLauncherIsActivatedThenLoadsOnceAndOpensTheChat()
    {
        var server = await fixture.ServerAsync("--ChatReset:LoadOnInteraction=true");
        await using var observed = await fixture.OpenAsync(server);
        await observed.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.Equal(0, observed.RequestsTo(Bootstrap));
        Assert.False(await observed.EvalAsync<bool>("() => 'embeddedservice_bootstrap' in window"));
        Assert.DoesNotContain(observed.Requests, url => url.Contains("salesforce", StringComparison.OrdinalIgnoreCase) || url.Contains("site.com", StringComparison.OrdinalIgnoreCase));

        var launcher = observed.Page.Locator("[data-chat-reset-launcher]");
        // One click, made before Salesforce is ready, must be enough to open the chat.
        await launcher.ClickAsync();
        await observed.Page.WaitForSelectorAsync(".sim-chat__window");
        await launcher.DispatchEventAsync("click");
        await observed.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.Equal(1, observed.RequestsTo(Bootstrap));
        Assert.Equal(1, await observed.EvalAsync<int>("() => simulatedSalesforce.initCalls"));
        Assert.Equal(1, await observed.SessionsStartedAsync());
        Assert.Empty(observed.PageErrors);
    }

    [Fact]
    public async Task WhenTheBootstrapFailsToLoadTheLauncherTriesAgainOnTheNextClick()
    {
        var server = await fixture.ServerAsync("--ChatReset:LoadOnInteraction=true");
        await using var observed = await fixture.OpenAsync(server);
        var attempts = 0;
        // The first load fails as on a dropped connection; the next one reaches the server.
        await observed.Page.RouteAsync("**" + Bootstrap, async route =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await route.AbortAsync();
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        var launcher = observed.Page.Locator("[data-chat-reset-launcher]");

        var failed = new TaskCompletionSource();
        observed.Page.RequestFailed += (_, request) => failed.TrySetResult();

        await launcher.ClickAsync();
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await observed.SettleAsync();
        Assert.True(await launcher.IsVisibleAsync());

        await launcher.ClickAsync();
        await observed.Page.WaitForSelectorAsync(".sim-chat__window");

        Assert.Equal(2, attempts);
        Assert.Equal(1, await observed.EvalAsync<int>("() => simulatedSalesforce.initCalls"));
        Assert.Equal(1, await observed.SessionsStartedAsync());
        Assert.Empty(observed.PageErrors);
    }
}
