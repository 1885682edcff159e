using Deque.AxeCore.Playwright;

namespace ChatReset.Browser.Tests;

/// <summary>
/// Verified chat: the demo with user verification on, its simulated sign-in, and the simulated Salesforce client in
/// verified mode, which checks every token's signature against the site's published keys and refuses expired ones.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VerifiedChatTests(BrowserFixture fixture)
{
    private const string Verified = "--ChatReset:UserVerification:Enabled=true";
    private const string Debug = "--ChatReset:ProductionMode=false";
    private const string Production = "--ChatReset:ProductionMode=true";
    private const string TokenPath = "/chat-reset/identity-token";

    private static async Task SignInAsync(ObservedPage observed, DemoServer server, string name)
    {
        await observed.Page.GotoAsync(server.Url("/sign-in").ToString());
        await observed.Page.ClickAsync($"button:text-is('Sign in as {name}')");
        await observed.Page.WaitForURLAsync(server.Url("/").ToString());
    }

    private static async Task SignOutAsync(ObservedPage observed, DemoServer server)
    {
        await observed.Page.GotoAsync(server.Url("/sign-in").ToString());
        await observed.Page.ClickAsync("button:text-is('Sign out')");
        await observed.Page.WaitForURLAsync(server.Url("/").ToString());
    }

    /// <summary>Waits until the simulated client accepted a token for <paramref name="subject"/> and shows its button.</summary>
    private static Task WaitForVerifiedAsync(ObservedPage observed, string subject)
        => observed.Page.WaitForFunctionAsync(
            "subject => window.simulatedSalesforce && simulatedSalesforce.verifiedSubject === subject && document.querySelector('.sim-chat__button')",
            subject);

    private async Task<(ObservedPage Observed, DemoServer Server)> SignedInAsync(string viewport, string name, params string[] args)
    {
        var server = await fixture.ServerAsync([Verified, .. args]);
        var observed = await fixture.NewPageAsync(BrowserFixture.Viewport(viewport));
        await SignInAsync(observed, server, name);
        await WaitForVerifiedAsync(observed, "demo-user-" + name.ToLowerInvariant());
        return (observed, server);
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task A_signed_in_visitor_chats_as_themselves_and_an_anonymous_one_gets_no_token(string viewport)
    {
        var (observed, server) = await SignedInAsync(viewport, "Ada");
        await using (observed)
        {
            await observed.StartConversationAsync();

            Assert.Contains("verified: demo-user-ada", await observed.ChatWindow.TextContentAsync(), StringComparison.Ordinal);
            Assert.Equal(1, await observed.EvalAsync<int>("() => simulatedSalesforce.tokensAccepted"));
            Assert.Empty(await observed.EvalAsync<string[]>("() => simulatedSalesforce.tokensRejected"));
            // The page's configuration names the user only by an opaque marker.
            var config = await observed.EvalAsync<string>("() => document.querySelector('script[data-chat-reset-config]').textContent");
            Assert.Contains("\"userVerification\"", config, StringComparison.Ordinal);
            Assert.DoesNotContain("demo-user", config, StringComparison.Ordinal);
            Assert.Empty(await observed.CspViolationsAsync());
            Assert.Empty(observed.PageErrors);
        }

        await using var anonymous = await fixture.OpenAsync(server, "/", BrowserFixture.Viewport(viewport));
        await anonymous.Page.WaitForFunctionAsync("() => window.simulatedSalesforce && simulatedSalesforce.ready");
        await anonymous.SettleAsync();
        Assert.Equal(0, anonymous.RequestsTo(TokenPath));
        Assert.Equal(0, await anonymous.ChatButton.CountAsync());
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task An_expired_token_is_renewed_well_within_the_30_seconds_Salesforce_gives(string viewport)
    {
        var (observed, _) = await SignedInAsync(viewport, "Ada");
        await using var _ = observed;
        await observed.StartConversationAsync();

        Assert.True(await observed.EvalAsync<bool>("() => simulatedSalesforce.expireToken()"));
        await observed.Page.WaitForFunctionAsync("() => simulatedSalesforce.tokenRenewedAt !== null");

        var renewalMilliseconds = await observed.EvalAsync<double>("() => simulatedSalesforce.tokenRenewedAt - simulatedSalesforce.tokenExpiredAt");
        Assert.InRange(renewalMilliseconds, 0, 10_000);
        Assert.Equal("demo-user-ada", await observed.EvalAsync<string>("() => simulatedSalesforce.verifiedSubject"));
        Assert.Equal(2, await observed.EvalAsync<int>("() => simulatedSalesforce.tokensAccepted"));
        // The conversation goes on.
        Assert.Equal(1, await observed.ChatWindow.CountAsync());
        Assert.Equal("Active", await observed.EvalAsync<string>("() => simulatedSalesforce.status"));
    }

    [Fact]
    public async Task A_failed_token_request_is_retried_a_bounded_number_of_times()
    {
        var server = await fixture.ServerAsync(Verified, Debug);
        await using var observed = await fixture.NewPageAsync(BrowserFixture.Desktop);
        await SignInAsync(observed, server, "Ada");
        await WaitForVerifiedAsync(observed, "demo-user-ada");
        var failures = 0;
        await observed.Page.RouteAsync("**" + TokenPath, async route =>
        {
            Interlocked.Increment(ref failures);
            await route.FulfillAsync(new() { Status = 503 });
        });

        var failed = observed.Page.WaitForConsoleMessageAsync(new()
        {
            Predicate = message => message.Text == "[ChatReset] identity token failed",
            Timeout = 20_000,
        });
        await observed.EvalAsync("() => simulatedSalesforce.expireToken()");
        await failed;
        await observed.SettleAsync();

        Assert.Equal(3, failures);
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task After_the_end_of_chat_reset_the_button_returns_only_with_a_new_token(string viewport)
    {
        var (observed, _) = await SignedInAsync(viewport, "Ada");
        await using var _ = observed;
        await observed.StartConversationAsync();

        await observed.EvalAsync("() => simulatedSalesforce.agentEnd()");
        await observed.WaitForNoticeAsync();
        await observed.Page.WaitForFunctionAsync("() => simulatedSalesforce.clearSessionCalls === 1 && simulatedSalesforce.tokensAccepted === 2");

        // The reset forgot the token; the button came back with the second one, kept hidden behind the notice.
        Assert.Equal(0, await observed.EvalAsync<int>("() => simulatedSalesforce.sessionsEnded"));
        Assert.Equal(1, await observed.ChatButton.CountAsync());
        Assert.False(await observed.ChatButton.IsVisibleAsync());
        Assert.Equal(0, await observed.ChatWindow.CountAsync());

        await observed.Page.ClickAsync("[data-chat-reset-restart]");
        await observed.ChatWindow.WaitForAsync();
        Assert.Equal("demo-user-ada", await observed.EvalAsync<string>("() => simulatedSalesforce.verifiedSubject"));
        Assert.Equal(2, await observed.SessionsStartedAsync());
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Signing_out_ends_the_chat_on_the_next_page(string viewport)
    {
        var (observed, server) = await SignedInAsync(viewport, "Ada");
        await using var _ = observed;
        await observed.StartConversationAsync("My account number is 12345");

        await SignOutAsync(observed, server);

        await observed.Page.WaitForFunctionAsync("() => window.simulatedSalesforce && simulatedSalesforce.sessionsEnded === 1");
        await observed.SettleAsync();
        Assert.Equal("{}", await observed.EvalAsync<string>("() => localStorage.getItem('00D5g000004SVXp_WEB_STORAGE')"));
        Assert.Equal(string.Empty, await observed.EvalAsync<string>("() => localStorage.getItem('ChatReset') || ''"));
        Assert.Equal(0, await observed.ChatWindow.CountAsync());
        Assert.DoesNotContain("12345", await observed.Page.ContentAsync(), StringComparison.Ordinal);
        // Ada's one token; none after signing out.
        Assert.Equal(1, observed.RequestsTo(TokenPath));
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Another_user_signing_in_sees_nothing_of_the_first_users_chat(string viewport)
    {
        var (observed, server) = await SignedInAsync(viewport, "Ada");
        await using var _ = observed;
        await observed.StartConversationAsync("Ada's secret question");

        await SignInAsync(observed, server, "Grace");

        await WaitForVerifiedAsync(observed, "demo-user-grace");
        Assert.Equal(1, await observed.EvalAsync<int>("() => simulatedSalesforce.sessionsEnded"));
        Assert.Equal(0, await observed.ChatWindow.CountAsync());
        await observed.Page.ClickAsync(".sim-chat__button");
        Assert.Contains("verified: demo-user-grace", await observed.ChatWindow.TextContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret question", await observed.Page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_mode_writes_nothing_to_the_console_in_the_whole_verified_flow()
    {
        var (observed, server) = await SignedInAsync("desktop", "Ada", Production);
        await using var _ = observed;
        await observed.StartConversationAsync();
        await observed.EvalAsync("() => simulatedSalesforce.expireToken()");
        await observed.Page.WaitForFunctionAsync("() => simulatedSalesforce.tokenRenewedAt !== null");
        await SignOutAsync(observed, server);
        await observed.Page.WaitForFunctionAsync("() => window.simulatedSalesforce && simulatedSalesforce.sessionsEnded === 1");
        await observed.SettleAsync();

        Assert.Empty(observed.Console);
    }

    [Fact]
    public async Task Debug_mode_says_the_token_was_set_and_renewed_and_never_shows_it()
    {
        var (observed, _) = await SignedInAsync("desktop", "Ada", Debug);
        await using var _ = observed;
        await observed.EvalAsync("() => simulatedSalesforce.expireToken()");
        await observed.Page.WaitForFunctionAsync("() => simulatedSalesforce.tokenRenewedAt !== null");
        await observed.SettleAsync();

        Assert.Contains("info: [ChatReset] identity token set", observed.Console);
        Assert.Contains("info: [ChatReset] identity token renewed", observed.Console);
        // A JWT starts with the base64 of '{"': none is ever written, nor the user's id.
        Assert.All(observed.Console, line =>
        {
            Assert.DoesNotContain("eyJ", line, StringComparison.Ordinal);
            Assert.DoesNotContain("demo-user", line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_simulated_sign_in_page_is_accessible()
    {
        var server = await fixture.ServerAsync(Verified);
        await using var observed = await fixture.OpenAsync(server, "/sign-in");

        var result = await observed.Page.RunAxe();

        Assert.Empty(result.Violations);
        Assert.Empty(await observed.CspViolationsAsync());
    }
}
