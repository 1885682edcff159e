namespace ChatReset.Browser.Tests;

/// <summary>
/// The demo's simulated Salesforce client behaves like Salesforce's own web client where ChatReset depends on it, so
/// that the other tests mean something. Run on the page without ChatReset, driving the client's API directly.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SimulatedClientTests(BrowserFixture fixture)
{
    private const string StorageKey = "00D5g000004SVXp_WEB_STORAGE";

    private async Task<ObservedPage> OpenEndedConversationAsync()
    {
        var server = await fixture.ServerAsync();
        var observed = await fixture.OpenAsync(server, "/without-chatreset");
        await observed.StartConversationAsync();
        await observed.EvalAsync("() => simulatedSalesforce.agentEnd()");
        return observed;
    }

    [Fact]
    public async Task ClearSession_resets_in_one_task_in_Salesforces_order_and_resolves_last()
    {
        await using var observed = await OpenEndedConversationAsync();

        var steps = await observed.EvalAsync<string[]>("""
            async () => {
              const steps = [];
              const button = () => !!document.querySelector('.sim-chat__button');
              addEventListener('onEmbeddedMessagingReady', () => steps.push('Ready button:' + button()));
              addEventListener('onEmbeddedMessagingChannelMenuVisibilityChanged', e => steps.push('ChannelMenuVisibilityChanged ' + e.detail.isVisible));
              addEventListener('onEmbeddedMessagingButtonCreated', () => steps.push('ButtonCreated'));
              document.addEventListener('focusin', e => e.target.matches('.sim-chat__button') && steps.push('button focused'));
              const launched = [];
              addEventListener('onEmbeddedMessagingReady', () => embeddedservice_bootstrap.utilAPI.launchChat().then(() => launched.push('ok'), e => launched.push(String(e.message))), { once: true });
              await embeddedservice_bootstrap.userVerificationAPI.clearSession();
              steps.push('resolved');
              await new Promise(r => setTimeout(r));
              return [...steps, 'launchChat in Ready: ' + launched.join()];
            }
            """);

        Assert.Equal(
            ["Ready button:false", "ChannelMenuVisibilityChanged true", "ButtonCreated", "button focused", "resolved", "launchChat in Ready: Default chat button isn't present"],
            steps);
        Assert.Equal("{}", await observed.EvalAsync<string>($"() => localStorage.getItem('{StorageKey}')"));
        Assert.Equal("{}", await observed.EvalAsync<string>($"() => sessionStorage.getItem('{StorageKey}')"));
    }

    [Fact]
    public async Task HideChatButton_is_refused_while_the_window_is_open_and_showChatButton_shows_the_button_over_it()
    {
        await using var observed = await OpenEndedConversationAsync();
        Assert.True(await observed.ChatButton.IsHiddenAsync());

        Assert.False(await observed.EvalAsync<bool>("() => embeddedservice_bootstrap.utilAPI.hideChatButton()"));
        Assert.True(await observed.EvalAsync<bool>("() => embeddedservice_bootstrap.utilAPI.showChatButton()"));

        Assert.True(await observed.ChatButton.IsVisibleAsync());
        Assert.True(await observed.ChatWindow.IsVisibleAsync());
        Assert.Equal(["hideChatButton"], await observed.RefusedCallsAsync());
    }

    [Fact]
    public async Task ClearSession_waits_for_the_chat_window_without_limit_until_it_answers()
    {
        await using var observed = await OpenEndedConversationAsync();
        await observed.EvalAsync("() => { simulatedSalesforce.clearSessionMode = 'hang'; window.cleared = false; embeddedservice_bootstrap.userVerificationAPI.clearSession().then(() => window.cleared = true); }");

        await observed.SettleAsync();
        Assert.False(await observed.EvalAsync<bool>("() => window.cleared"));
        Assert.Equal(1, await observed.ChatWindow.CountAsync());

        await observed.EvalAsync("() => simulatedSalesforce.answerClearSession()");
        await observed.Page.WaitForFunctionAsync("() => window.cleared");
        Assert.Equal(0, await observed.ChatWindow.CountAsync());
    }

    [Fact]
    public async Task A_stored_conversation_comes_back_on_the_next_page_open_and_still_has_the_flaw()
    {
        await using var observed = await OpenEndedConversationAsync();

        await observed.Page.ReloadAsync();
        await observed.WaitForChatReadyAsync();

        Assert.Equal(1, await observed.ChatWindow.CountAsync());
        Assert.True(await observed.ChatButton.IsHiddenAsync());
        Assert.Equal("Ended", await observed.EvalAsync<string>("() => simulatedSalesforce.status"));
        await observed.Page.FillAsync(".sim-chat__input", "Still there?");
        await observed.Page.Keyboard.PressAsync("Enter");
        Assert.Equal(1, await observed.SessionsStartedAsync());
        Assert.Equal("Waiting", await observed.EvalAsync<string>("() => simulatedSalesforce.status"));
    }
}
