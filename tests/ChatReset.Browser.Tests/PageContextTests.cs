using System.Text.Json;

namespace ChatReset.Browser.Tests;

/// <summary>
/// Page context: the hidden pre-chat fields the demo maps (Page_URL, Page_Title, Site_Culture, Website) reach the
/// simulated Salesforce client after Ready, again after every reset (clearSession wipes them), and as plain text.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageContextTests(BrowserFixture fixture)
{
    // The demo maps its four fields only when asked (its default chat is the one whose size is measured).
    private const string WithMapping = "--Demo:PageContext=true";
    private const string HostileTitle = "</script><img src=x onerror=alert(1)> \"Quotes\" & 'apostrophes' <!-- \u2028 end";

    private static async Task<Dictionary<string, string>> HeldFieldsAsync(ObservedPage observed)
        => JsonSerializer.Deserialize<Dictionary<string, string>>(
            await observed.EvalAsync<string>("() => JSON.stringify(simulatedSalesforce.hiddenPrechatFields)"))!;

    private static Task<int> CallsAsync(ObservedPage observed)
        => observed.EvalAsync<int>("() => simulatedSalesforce.hiddenPrechatCalls.length");

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Fields_reach_Salesforce_after_the_first_Ready_and_again_after_each_reset(string viewport)
    {
        var server = await fixture.ServerAsync([WithMapping]);
        await using var observed = await fixture.NewPageAsync(BrowserFixture.Viewport(viewport));
        // A query string (personal data, often) and a fragment: neither is sent.
        await observed.Page.GotoAsync(server.Url("/?email=visitor%40example.com#order").ToString());

        await observed.WaitForChatReadyAsync();
        Assert.Equal(1, await CallsAsync(observed));
        var expected = new Dictionary<string, string>
        {
            ["Page_URL"] = server.Url("/").ToString(),
            ["Page_Title"] = "One widget",
            ["Website"] = "ChatReset demo",
        };
        var held = await HeldFieldsAsync(observed);
        held.Remove("Site_Culture"); // the test machine's culture; may be the invariant one, which is not sent
        Assert.Equal(expected, held);

        await observed.StartConversationAsync();
        Assert.Contains("Page_Title = One widget", await observed.ChatWindow.InnerTextAsync(), StringComparison.Ordinal);
        await observed.AgentEndsAndResetFinishesAsync();

        await observed.Page.WaitForFunctionAsync("() => simulatedSalesforce.hiddenPrechatCalls.length === 2");
        var afterReset = await HeldFieldsAsync(observed);
        afterReset.Remove("Site_Culture");
        Assert.Equal(expected, afterReset);
        Assert.Empty(await observed.RefusedCallsAsync());
        Assert.Empty(observed.PageErrors);
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task A_hostile_page_title_arrives_as_plain_text(string viewport)
    {
        var server = await fixture.ServerAsync([WithMapping]);
        await using var observed = await fixture.OpenAsync(server, "/hostile-title", BrowserFixture.Viewport(viewport));
        var dialogs = 0;
        observed.Page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await observed.WaitForChatReadyAsync();
        Assert.Equal(HostileTitle, (await HeldFieldsAsync(observed))["Page_Title"]);

        await observed.StartConversationAsync();
        Assert.Contains($"Page_Title = {HostileTitle}", await observed.EvalAsync<string>(
            "() => document.querySelector('.sim-chat__window').textContent"), StringComparison.Ordinal);
        await observed.SettleAsync();

        Assert.Equal(0, await observed.EvalAsync<int>("() => document.querySelectorAll('img[src=x]').length"));
        Assert.Equal(0, dialogs);
        Assert.Empty(observed.PageErrors);
        Assert.Empty(await observed.CspViolationsAsync());
    }

    [Fact]
    public async Task Debug_mode_says_fields_were_set_but_never_their_values()
    {
        var server = await fixture.ServerAsync(WithMapping, "--ChatReset:ProductionMode=false");
        await using var observed = await fixture.OpenAsync(server, "/hostile-title");

        await observed.WaitForChatReadyAsync();
        await observed.StartConversationAsync();
        await observed.AgentEndsAndResetFinishesAsync();
        await observed.Page.WaitForFunctionAsync("() => simulatedSalesforce.hiddenPrechatCalls.length === 2");

        var lines = observed.Console.ToArray();
        Assert.Equal(2, lines.Count(line => line == "info: [ChatReset] hidden pre-chat fields set"));
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain("Quotes", line, StringComparison.Ordinal);
            Assert.DoesNotContain("ChatReset demo", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Page_", line, StringComparison.Ordinal);
            Assert.DoesNotContain("http", line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_context_block_that_page_content_puts_elsewhere_is_ignored()
    {
        var server = await fixture.ServerAsync([WithMapping]);
        await using var observed = await fixture.NewPageAsync();
        // Page content placing its own block at the top of the body must not choose what agents are told.
        await observed.Page.RouteAsync("**/two-widgets", async route =>
        {
            var response = await route.FetchAsync();
            var html = (await response.TextAsync()).Replace(
                "<main class=\"demo-main\">",
                "<main class=\"demo-main\"><script type=\"application/json\" data-chat-reset-context>{\"Page_Title\":\"forged\"}</script>",
                StringComparison.Ordinal);
            await route.FulfillAsync(new() { Response = response, Body = html });
        });
        await observed.Page.GotoAsync(server.Url("/two-widgets").ToString());

        await observed.WaitForChatReadyAsync();

        Assert.Equal("Two widgets", (await HeldFieldsAsync(observed))["Page_Title"]);
    }
}
