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
    public async Task Bootstrap_is_loaded_and_initialised_exactly_once(string path)
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
    public async Task The_page_with_the_script_included_twice_really_includes_it_twice()
    {
        var server = await fixture.ServerAsync();
        await using var observed = await fixture.OpenAsync(server, "/included-twice");

        Assert.Equal(2, await observed.Page.Locator("script[src*='/chat-reset.'][src$='.js']").CountAsync());
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("de")]
    public async Task Language_is_set_before_init(string language)
    {
        var server = await fixture.ServerAsync($"--ChatReset:Language={language}");
        await using var observed = await fixture.OpenAsync(server);
        await observed.WaitForChatReadyAsync();

        Assert.Equal(language, await observed.EvalAsync<string>("() => simulatedSalesforce.languageAtInit"));
    }

    [Fact]
    public async Task LoadOnInteraction_loads_nothing_until_the_launcher_is_activated_then_loads_once_and_opens_the_chat()
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
    public async Task When_the_bootstrap_fails_to_load_the_launcher_tries_again_on_the_next_click()
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

    [Fact]
    public async Task The_launcher_is_not_shown_before_the_script_listens_to_it()
    {
        var server = await fixture.ServerAsync("--ChatReset:LoadOnInteraction=true");
        await using var observed = await fixture.NewPageAsync();
        // The reset script arrives late (slow network): the page, its launcher included, is parsed without it.
        var scriptArrives = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Fingerprinted as MapStaticAssets serves it: chat-reset.{fingerprint}.js.
        await observed.Page.RouteAsync(new System.Text.RegularExpressions.Regex(@"/chat-reset\.[^/]*js$"), async route =>
        {
            await scriptArrives.Task;
            await route.ContinueAsync();
        });
        var launcher = observed.Page.Locator("[data-chat-reset-launcher]");

        await observed.Page.GotoAsync(server.Url("/").ToString(), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit });
        await launcher.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await observed.Page.WaitForSelectorAsync(".demo-agent", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        Assert.False(await launcher.IsVisibleAsync());

        scriptArrives.SetResult();
        await launcher.ClickAsync();
        await observed.ChatWindow.WaitForAsync();
        Assert.Equal(1, await observed.SessionsStartedAsync());
    }

    [Fact]
    public async Task Page_content_can_neither_switch_the_chat_off_nor_choose_its_bootstrap()
    {
        var server = await fixture.ServerAsync();
        await using var observed = await fixture.NewPageAsync();
        // Content an editor could put in a page: an element named like ChatReset's old started flag, an image named
        // like a document property, and a configuration block of its own, before ChatReset's.
        const string Content = """
            <div id="chatResetStarted"></div><img name="currentScript" alt="" src="data:,">
            <script type="application/json" data-chat-reset-config>{"orgId":"00D5g000004SVXp","deploymentApiName":"X","siteUrl":"https://acme-demo.my.site.com/ESWX1700000000000","scrt2Url":"https://acme-demo.my.salesforce-scrt.com","language":"en_US","bootstrapUrl":"/js/injected-bootstrap.js","productionMode":true,"loadOnInteraction":false}</script>
            """;
        await observed.Page.RouteAsync(server.Url("/").ToString(), async route =>
        {
            var response = await route.FetchAsync();
            var html = (await response.TextAsync()).Replace("<main class=\"demo-main\">", "<main class=\"demo-main\">" + Content, StringComparison.Ordinal);
            await route.FulfillAsync(new() { Response = response, Body = html });
        });

        await observed.Page.GotoAsync(server.Url("/").ToString());

        Assert.True(await observed.EvalAsync<bool>("() => !!window.chatResetStarted && document.currentScript instanceof HTMLImageElement"));
        await observed.WaitForChatReadyAsync();
        Assert.Equal(1, observed.RequestsTo(Bootstrap));
        Assert.Equal(0, observed.RequestsTo("/js/injected-bootstrap.js"));
        Assert.Empty(await observed.CspViolationsAsync());
        await observed.StartConversationAsync();
        await observed.AgentEndsAndResetFinishesAsync();
    }

    [Fact]
    public async Task Click_to_load_requests_nothing_before_intent()
    {
        var server = await fixture.ServerAsync("--ChatReset:LoadOnInteraction=true");
        await using var observed = await fixture.OpenAsync(server);
        await observed.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        await observed.Page.Locator("[data-chat-reset-launcher]").WaitForAsync();

        // The pointer travels the page, but never onto the launcher.
        await observed.Page.Mouse.MoveAsync(10, 10);
        await observed.Page.Mouse.MoveAsync(600, 300, new() { Steps = 5 });
        await observed.Page.Mouse.WheelAsync(0, 200);
        await observed.Page.Locator("h1").HoverAsync();
        await observed.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        await observed.SettleAsync();

        Assert.Equal(0, observed.RequestsTo(Bootstrap));
        Assert.DoesNotContain(observed.Requests, url => url.Contains("salesforce", StringComparison.OrdinalIgnoreCase) || url.Contains("site.com", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await observed.Page.Locator("link[rel=preload], link[rel=preconnect]").CountAsync());
        Assert.False(await observed.EvalAsync<bool>("() => 'embeddedservice_bootstrap' in window"));
    }

    [Theory]
    [InlineData("pointer")]
    [InlineData("keyboard")]
    public async Task Intent_warms_up_without_running_anything_and_the_click_uses_the_preloaded_bootstrap(string intent)
    {
        var server = await fixture.ServerAsync("--ChatReset:LoadOnInteraction=true");
        await using var observed = await fixture.OpenAsync(server);
        var launcher = observed.Page.Locator("[data-chat-reset-launcher]");
        await launcher.WaitForAsync();

        var fetched = observed.Page.WaitForResponseAsync(response => response.Url.EndsWith(Bootstrap, StringComparison.Ordinal));
        if (intent == "pointer")
        {
            await launcher.HoverAsync();
        }
        else
        {
            await launcher.FocusAsync();
        }

        await fetched;
        await observed.SettleAsync();
        Assert.False(await observed.EvalAsync<bool>("() => 'embeddedservice_bootstrap' in window"));
        Assert.Equal(
            ["preconnect https://acme-demo.my.site.com ", "preconnect https://acme-demo.my.salesforce-scrt.com anonymous", "preload /simulated-salesforce/bootstrap.js script"],
            await observed.EvalAsync<string[]>("""
                () => [...document.querySelectorAll('[data-chat-reset] link')].map(link =>
                  link.rel + ' ' + (link.rel === 'preload' ? new URL(link.href).pathname + ' ' + link.as : new URL(link.href).origin + ' ' + (link.crossOrigin || '')))
                """));
        // The preload carries the nonce the bootstrap's script will carry: this page's.
        Assert.True(await observed.EvalAsync<bool>(
            "() => { const l = document.querySelector('[data-chat-reset] link[rel=preload]'); return !!l.nonce && l.nonce === document.querySelector('script[src*=\"/chat-reset.\"][src$=\".js\"]').nonce; }"));

        await launcher.ClickAsync();
        await observed.ChatWindow.WaitForAsync();

        Assert.Equal(1, observed.RequestsTo(Bootstrap));
        Assert.Equal(1, await observed.SessionsStartedAsync());
        Assert.Empty(await observed.CspViolationsAsync());
        Assert.DoesNotContain(observed.Console, line => line.Contains("preload", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Pressing_the_launcher_starts_Salesforce_and_releasing_it_opens_the_chat()
    {
        var server = await fixture.ServerAsync("--ChatReset:LoadOnInteraction=true");
        await using var observed = await fixture.OpenAsync(server);
        var launcher = observed.Page.Locator("[data-chat-reset-launcher]");
        var box = (await launcher.BoundingBoxAsync())!;
        await observed.Page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));

        await observed.Page.Mouse.DownAsync();
        // Salesforce initialises while the button is held down; the launcher stays under the pointer, nothing opens.
        await observed.WaitForChatReadyAsync();
        Assert.True(await launcher.IsVisibleAsync());
        Assert.Equal(0, await observed.ChatWindow.CountAsync());

        await observed.Page.Mouse.UpAsync();
        await observed.ChatWindow.WaitForAsync();
        Assert.True(await launcher.IsHiddenAsync());
        Assert.Equal(1, await observed.SessionsStartedAsync());
        Assert.Equal(1, observed.RequestsTo(Bootstrap));
    }
}
