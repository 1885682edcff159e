using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace ChatReset.Browser.Tests;

/// <summary>Console discipline, CSP and accessibility.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QualityTests(BrowserFixture fixture)
{
    /// <summary>A whole visit: chat, end by the agent, dismiss, chat again, end again, restart.</summary>
    private static async Task FullVisitAsync(ObservedPage observed)
    {
        await observed.StartConversationAsync("My order 12345 has not arrived");
        await observed.AgentEndsAndResetFinishesAsync();
        await observed.Page.ClickAsync("[data-chat-reset-dismiss]");
        await observed.StartConversationAsync("Second question");
        await observed.AgentEndsAndResetFinishesAsync();
        await observed.Page.ClickAsync("[data-chat-reset-restart]");
        await observed.Page.WaitForSelectorAsync(".sim-chat__window");
        await observed.SettleAsync();
    }

    [Fact]
    public async Task Production_mode_writes_nothing_to_the_console()
    {
        var server = await fixture.ServerAsync("--ChatReset:ProductionMode=true");
        await using var observed = await fixture.OpenAsync(server);

        await FullVisitAsync(observed);

        Assert.Empty(observed.Console);
        Assert.Empty(observed.PageErrors);
    }

    [Fact]
    public async Task Debug_mode_logs_steps_but_never_IDs_payloads_or_wording()
    {
        const string Wording = "Thanks for chatting with Acme support";
        var server = await fixture.ServerAsync("--ChatReset:ProductionMode=false", $"--ChatReset:EndOfChatMessage={Wording}");
        await using var observed = await fixture.OpenAsync(server);

        await FullVisitAsync(observed);

        var lines = observed.Console.ToArray();
        var conversationIdPrefix = "sim-";
        Assert.Contains(lines, line => line.Contains("[ChatReset] Ready", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("[ChatReset] SessionStatusUpdate", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("[ChatReset] session ended", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("[ChatReset] reset done", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.StartsWith("info: [ChatReset] ", line, StringComparison.Ordinal));
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain("00D5g000004SVXp", line, StringComparison.Ordinal);
            Assert.DoesNotContain(conversationIdPrefix, line, StringComparison.Ordinal);
            Assert.DoesNotContain("Acme", line, StringComparison.Ordinal);
            Assert.DoesNotContain("12345", line, StringComparison.Ordinal);
            Assert.DoesNotContain("sessionStatus", line, StringComparison.Ordinal);
            Assert.DoesNotContain("{", line, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("/", false)]
    [InlineData("/two-widgets", false)]
    [InlineData("/included-twice", false)]
    [InlineData("/", true)]
    public async Task No_content_security_policy_violations(string path, bool lazy)
    {
        var server = await fixture.ServerAsync(lazy ? ["--ChatReset:LoadOnInteraction=true"] : []);
        await using var observed = await fixture.OpenAsync(server, path);
        if (lazy)
        {
            await observed.Page.ClickAsync("[data-chat-reset-launcher]");
            await observed.Page.Keyboard.PressAsync("Escape");
        }

        await FullVisitAsync(observed);

        Assert.Empty(await observed.CspViolationsAsync());
        var response = await observed.Page.APIRequest.GetAsync(server.Url(path).ToString());
        var policy = response.Headers["content-security-policy"];
        Assert.Matches("script-src 'nonce-[^']+'", policy);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CSP_violations_would_be_detected()
    {
        // Guards the check above: a script without the nonce is refused and reported.
        var server = await fixture.ServerAsync();
        await using var observed = await fixture.OpenAsync(server);
        await observed.WaitForChatReadyAsync();

        await observed.EvalAsync("() => { const s = document.createElement('script'); s.src = '/js/demo.js'; document.head.append(s); }");
        await observed.Page.WaitForFunctionAsync("() => window.__observed.violations.length > 0");

        Assert.NotEmpty(await observed.CspViolationsAsync());
    }

    [Fact]
    public async Task Shown_notice_has_no_accessibility_violations()
    {
        await using var observed = await fixture.OpenInConversationAsync();
        await observed.AgentEndsAndResetFinishesAsync();

        var result = await observed.Page.RunAxe(new AxeRunContext { Include = [new AxeSelector("[data-chat-reset]")] });

        Assert.True(result.Passes.Length > 0, "axe checked nothing");
        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help}"));
    }

    [Fact]
    public async Task Whole_page_with_the_notice_shown_has_no_accessibility_violations()
    {
        await using var observed = await fixture.OpenInConversationAsync();
        await observed.AgentEndsAndResetFinishesAsync();

        var result = await observed.Page.RunAxe();

        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help}"));
    }

    [Fact]
    public async Task Launcher_has_no_accessibility_violations()
    {
        var server = await fixture.ServerAsync("--ChatReset:LoadOnInteraction=true");
        await using var observed = await fixture.OpenAsync(server);

        var result = await observed.Page.RunAxe(new AxeRunContext { Include = [new AxeSelector("[data-chat-reset-launcher]")] });

        Assert.Contains(result.Passes, rule => rule.Id == "button-name");
        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help}"));
    }

    [Fact]
    public async Task Without_simulation_the_page_asks_for_the_real_bootstrap()
    {
        var server = await fixture.ServerAsync("--Demo:SimulateSalesforce=false");
        var context = await fixture.Browser.NewContextAsync();
        try
        {
            // Read over HTTP only: the browser must not reach out to Salesforce from a test.
            var response = await context.APIRequest.GetAsync(server.Url("/").ToString());
            var html = await response.TextAsync();

            Assert.Contains("\"bootstrapUrl\":\"https://acme-demo.my.site.com/ESWChatResetDemo1700000000000/assets/js/bootstrap.min.js\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("simulated-salesforce", html, StringComparison.Ordinal);
            Assert.DoesNotContain("agent console", html, StringComparison.Ordinal);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
