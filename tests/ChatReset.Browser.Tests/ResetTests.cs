namespace ChatReset.Browser.Tests;

/// <summary>What a visitor sees and can do when a messaging session ends.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResetTests(BrowserFixture fixture)
{
    private const string DefaultWording = "This chat has ended. If you need more help, you can start a new chat.";

    private static string StatusEntry(string status) => $$"""{"entryType":"SessionStatusChanged","sessionStatus":"{{status}}"}""";

    private static string Js(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    [Fact]
    public async Task Agent_ending_the_session_clears_it_once_and_tells_the_visitor_in_the_page()
    {
        await using var observed = await fixture.OpenInConversationAsync();
        Assert.True(await observed.EvalAsync<bool>("() => localStorage.getItem('00D5g000004SVXp_WEB_STORAGE') !== null"));

        await observed.AgentEndsAndResetFinishesAsync();

        Assert.Equal(1, await observed.ClearSessionCallsAsync());
        Assert.Equal(DefaultWording, await observed.Page.TextContentAsync("[data-chat-reset-notice] .chat-reset__message"));
        Assert.Equal("status", await observed.Notice.GetAttributeAsync("role"));
        Assert.Equal("polite", await observed.Notice.GetAttributeAsync("aria-live"));
        // Salesforce's client re-creates its storage key empty after a reset.
        Assert.Equal("{}", await observed.EvalAsync<string>("() => localStorage.getItem('00D5g000004SVXp_WEB_STORAGE')"));
        Assert.Empty(observed.PageErrors);
    }

    [Fact]
    public async Task End_user_ending_the_session_also_resets()
    {
        await using var observed = await fixture.OpenInConversationAsync();

        await observed.Page.ClickAsync(".sim-chat__end");
        await observed.WaitForNoticeAndResetAsync();

        Assert.Equal(1, await observed.ClearSessionCallsAsync());
        Assert.True(await observed.Notice.IsVisibleAsync());
    }

    [Fact]
    public async Task Repeated_Ended_events_reset_once_until_a_new_session_arms_it_again()
    {
        await using var observed = await fixture.OpenInConversationAsync();

        await observed.EvalAsync("() => simulatedSalesforce.agentEnd()");
        await observed.EvalAsync($"() => simulatedSalesforce.emitStatusEntry({Js(StatusEntry("Ended"))})");
        await observed.EvalAsync($"() => simulatedSalesforce.emitStatusEntry({Js(StatusEntry("Ended"))})");
        await observed.WaitForResetAsync();
        await observed.EvalAsync($"() => simulatedSalesforce.emitStatusEntry({Js(StatusEntry("Ended"))})");
        await observed.SettleAsync();
        Assert.Equal(1, await observed.ClearSessionCallsAsync());

        // A new session (restart, agent accepts, agent ends) is reset again.
        await observed.Page.ClickAsync("[data-chat-reset-restart]");
        Assert.True(await observed.EvalAsync<bool>("() => simulatedSalesforce.agentAccept()"));
        await observed.EvalAsync("() => simulatedSalesforce.agentEnd()");
        await observed.Page.WaitForFunctionAsync("() => simulatedSalesforce.clearSessionCalls === 2");
        await observed.WaitForNoticeAsync();
        await observed.SettleAsync();
        Assert.Equal(2, await observed.ClearSessionCallsAsync());
    }

    [Theory]
    [InlineData("ENDED")]
    [InlineData("ended")]
    [InlineData("eNdEd")]
    public async Task Ended_is_recognised_in_any_case(string status)
    {
        await using var observed = await fixture.OpenInConversationAsync();

        await observed.EvalAsync($"() => simulatedSalesforce.emitStatusEntry({Js(StatusEntry(status))})");
        await observed.WaitForNoticeAndResetAsync();

        Assert.Equal(1, await observed.ClearSessionCallsAsync());
    }

    [Fact]
    public async Task Malformed_payloads_and_other_statuses_change_nothing_and_throw_nothing()
    {
        await using var observed = await fixture.OpenInConversationAsync();

        string[] entryPayloads =
        [
            "not json", "", "null", "[]", "{}", "\"Ended\"", "{\"sessionStatus\":null}", "{\"sessionStatus\":42}",
            "{\"sessionStatus\":\"Ende\"}", "{\"sessionStatus\":\"Ended \"}", StatusEntry("Waiting"), StatusEntry("Active"),
            "{\"entryType\":\"SessionStatusChanged\"", "{\"sessionStatus\":{\"value\":\"Ended\"}}",
        ];
        foreach (var payload in entryPayloads)
        {
            await observed.EvalAsync($"() => simulatedSalesforce.emitStatusEntry({Js(payload)})");
        }

        await observed.EvalAsync("() => simulatedSalesforce.emitStatusEntry(undefined)");
        await observed.EvalAsync("() => simulatedSalesforce.emitStatusEntry(12)");
        await observed.EvalAsync("() => simulatedSalesforce.emitEvent('onEmbeddedMessagingSessionStatusUpdate', undefined)");
        await observed.EvalAsync("() => simulatedSalesforce.emitEvent('onEmbeddedMessagingSessionStatusUpdate', null)");
        await observed.EvalAsync("() => simulatedSalesforce.emitEvent('onEmbeddedMessagingSessionStatusUpdate', {})");
        await observed.EvalAsync("() => simulatedSalesforce.emitEvent('onEmbeddedMessagingSessionStatusUpdate', { conversationEntry: null })");
        await observed.SettleAsync();

        Assert.Equal(0, await observed.ClearSessionCallsAsync());
        Assert.Equal(string.Empty, await observed.Notice.InnerHTMLAsync());
        Assert.False(await observed.Notice.IsVisibleAsync());
        Assert.Empty(observed.PageErrors);
        Assert.Empty(await observed.UnhandledRejectionsAsync());

        // Still working afterwards: a real end is handled.
        await observed.EvalAsync("() => simulatedSalesforce.agentEnd()");
        await observed.WaitForNoticeAsync();
    }

    [Fact]
    public async Task Markup_like_wording_is_shown_literally()
    {
        const string Wording = "<img src=x data-injected> Chat ended & <b>closed</b> </script>";
        const string Restart = "<i>Again</i>";
        const string Dismiss = "\"Close\" <u>me</u>";
        await using var observed = await fixture.OpenInConversationAsync(
            $"--ChatReset:EndOfChatMessage={Wording}", $"--ChatReset:RestartLabel={Restart}", $"--ChatReset:DismissLabel={Dismiss}");

        await observed.EvalAsync("() => simulatedSalesforce.agentEnd()");
        await observed.WaitForNoticeAsync();

        Assert.Equal(Wording, await observed.Page.TextContentAsync(".chat-reset__message"));
        Assert.Equal(Restart, await observed.Page.TextContentAsync("[data-chat-reset-restart]"));
        Assert.Equal(Dismiss, await observed.Page.TextContentAsync("[data-chat-reset-dismiss]"));
        Assert.Equal(0, await observed.Page.Locator("[data-injected], [data-chat-reset-notice] b, [data-chat-reset-notice] i, [data-chat-reset-notice] u").CountAsync());
    }

    [Fact]
    public async Task Typing_after_the_reset_starts_no_new_session()
    {
        await using var observed = await fixture.OpenInConversationAsync();
        await observed.Page.FocusAsync(".sim-chat__input");

        // The agent ends the session while the visitor is typing in the message box.
        await observed.Page.Keyboard.TypeAsync("I also wanted to ask");
        await observed.EvalAsync("() => simulatedSalesforce.agentEnd()");
        await observed.Page.Keyboard.PressAsync("Enter");
        await observed.Page.Keyboard.TypeAsync(" about shipping");
        await observed.Page.Keyboard.PressAsync("Enter");
        await observed.WaitForResetAsync();
        await observed.Page.Keyboard.PressAsync("Enter");
        await observed.Page.Keyboard.PressAsync("Space");
        await observed.Page.Keyboard.PressAsync("Enter");
        await observed.SettleAsync();

        Assert.Equal(1, await observed.SessionsStartedAsync());
        Assert.Equal(0, await observed.Page.Locator(".sim-chat__window").CountAsync());
        // The re-created chat button stays hidden while the notice is open; focus is on the notice's message.
        Assert.True(await observed.Page.Locator(".sim-chat__button").IsHiddenAsync());
        Assert.True(await observed.EvalAsync<bool>("() => document.activeElement.matches('[data-chat-reset-notice] .chat-reset__message')"));
        Assert.True(await observed.Notice.IsVisibleAsync());
    }

    [Fact]
    public async Task Without_ChatReset_typing_after_the_end_silently_starts_a_new_session()
    {
        // The control experiment: the simulated client reproduces the flaw, so the test above can fail.
        var server = await fixture.ServerAsync();
        await using var observed = await fixture.OpenAsync(server, "/without-chatreset");
        await observed.StartConversationAsync();

        await observed.EvalAsync("() => simulatedSalesforce.agentEnd()");
        await observed.Page.FillAsync(".sim-chat__input", "One more question");
        await observed.Page.Keyboard.PressAsync("Enter");
        await observed.SettleAsync();

        Assert.Equal(2, await observed.SessionsStartedAsync());
    }

    [Fact]
    public async Task Restart_control_starts_exactly_one_new_session()
    {
        await using var observed = await fixture.OpenInConversationAsync();
        await observed.AgentEndsAndResetFinishesAsync();

        await observed.Page.ClickAsync("[data-chat-reset-restart]");
        await observed.Page.WaitForSelectorAsync(".sim-chat__window");
        await observed.SettleAsync();

        Assert.Equal(2, await observed.SessionsStartedAsync());
        Assert.Equal("Waiting", await observed.EvalAsync<string>("() => simulatedSalesforce.status"));
        Assert.False(await observed.Notice.IsVisibleAsync());
        Assert.True(await observed.FocusIsOnAsync(".sim-chat__input"));
        Assert.Empty(await observed.RefusedCallsAsync());
    }

    [Fact]
    public async Task Restart_clicked_before_clearSession_finishes_opens_the_new_chat_once_the_reset_is_done()
    {
        await using var observed = await fixture.OpenInConversationAsync();

        // clearSession is still running (Salesforce closes the conversation on its server) when the visitor,
        // quick to act on the notice, asks for a new chat.
        await observed.EvalAsync("() => { simulatedSalesforce.agentEnd(); document.querySelector('[data-chat-reset-restart]').click(); }");
        // The reset removes the ended conversation's window; the new chat's window then opens in its place.
        await observed.Page.WaitForFunctionAsync("() => simulatedSalesforce.ready && simulatedSalesforce.status === 'Waiting'");
        await observed.SettleAsync();

        Assert.Equal(1, await observed.ClearSessionCallsAsync());
        Assert.Equal(1, await observed.Page.Locator(".sim-chat__window").CountAsync());
        Assert.Equal(2, await observed.SessionsStartedAsync());
        Assert.Equal("Waiting", await observed.EvalAsync<string>("() => simulatedSalesforce.status"));
        Assert.False(await observed.Notice.IsVisibleAsync());
        Assert.Empty(await observed.UnhandledRejectionsAsync());
    }

    [Fact]
    public async Task Dismiss_closes_the_notice_and_gives_the_chat_button_back()
    {
        await using var observed = await fixture.OpenInConversationAsync();
        await observed.AgentEndsAndResetFinishesAsync();
        Assert.True(await observed.Page.Locator(".sim-chat__button").IsHiddenAsync());

        await observed.Page.ClickAsync("[data-chat-reset-dismiss]");
        await observed.WaitForChatButtonBackAsync();

        Assert.False(await observed.Notice.IsVisibleAsync());
        Assert.Equal(1, await observed.SessionsStartedAsync());

        // The button given back works: the visitor starts a chat on purpose.
        await observed.Page.ClickAsync(".sim-chat__button");
        await observed.Page.WaitForSelectorAsync(".sim-chat__window");
        Assert.Equal(2, await observed.SessionsStartedAsync());
    }

    [Fact]
    public async Task Notice_is_usable_with_the_keyboard()
    {
        await using var observed = await fixture.OpenInConversationAsync();
        await observed.AgentEndsAndResetFinishesAsync();

        await observed.Page.Keyboard.PressAsync("Tab");
        Assert.True(await observed.FocusIsOnAsync("[data-chat-reset-restart]"));
        await observed.Page.Keyboard.PressAsync("Tab");
        Assert.True(await observed.FocusIsOnAsync("[data-chat-reset-dismiss]"));
        // Enter pressed twice (a repeat, or a visitor unsure the first one worked) closes the notice once and
        // starts nothing: focus lands on the chat button only after the guard time.
        await observed.Page.Keyboard.PressAsync("Enter");
        await observed.Page.Keyboard.PressAsync("Enter");
        await observed.WaitForChatButtonBackAsync();

        Assert.False(await observed.Notice.IsVisibleAsync());
        Assert.Equal(1, await observed.SessionsStartedAsync());
        Assert.Equal(0, await observed.ChatWindow.CountAsync());
    }

    [Fact]
    public async Task Escape_dismisses_the_notice_without_starting_a_chat()
    {
        await using var observed = await fixture.OpenInConversationAsync();
        await observed.AgentEndsAndResetFinishesAsync();

        await observed.Page.Keyboard.PressAsync("Escape");
        await observed.Page.Keyboard.PressAsync("Enter");
        await observed.WaitForChatButtonBackAsync();

        Assert.False(await observed.Notice.IsVisibleAsync());
        Assert.Equal(1, await observed.SessionsStartedAsync());
        Assert.Equal(0, await observed.ChatWindow.CountAsync());
    }

    [Theory]
    [InlineData("reject")]
    [InlineData("hang")]
    public async Task Failing_or_never_settling_clearSession_still_informs_the_visitor(string mode)
    {
        await using var observed = await fixture.OpenInConversationAsync();
        await observed.Page.SelectOptionAsync("[data-demo-clear-mode]", mode);

        await observed.EvalAsync("() => simulatedSalesforce.agentEnd()");
        await observed.WaitForNoticeAsync();
        await observed.SettleAsync();

        Assert.Equal(1, await observed.ClearSessionCallsAsync());
        Assert.Equal(DefaultWording, await observed.Page.TextContentAsync(".chat-reset__message"));
        Assert.Empty(observed.PageErrors);
        Assert.Empty(await observed.UnhandledRejectionsAsync());
        Assert.DoesNotContain(observed.Console, line => line.StartsWith("error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_late_Ended_of_the_finished_conversation_leaves_the_new_chat_alone()
    {
        await using var observed = await fixture.OpenInConversationAsync();
        var finished = await observed.EvalAsync<string>("() => simulatedSalesforce.conversationId");
        await observed.AgentEndsAndResetFinishesAsync();
        await observed.Page.ClickAsync("[data-chat-reset-restart]");
        await observed.Page.WaitForFunctionAsync("() => simulatedSalesforce.status === 'Waiting'");
        Assert.NotEqual(finished, await observed.EvalAsync<string>("() => simulatedSalesforce.conversationId"));

        // The server repeats the finished conversation's end, late.
        await observed.EvalAsync($"() => simulatedSalesforce.emitStatusEntry({Js(StatusEntry("Ended"))}, {Js(finished)})");
        await observed.EvalAsync($"() => simulatedSalesforce.emitStatusEntry({Js(StatusEntry("Active"))}, {Js(finished)})");
        await observed.EvalAsync($"() => simulatedSalesforce.emitStatusEntry({Js(StatusEntry("Ended"))}, {Js(finished)})");
        await observed.SettleAsync();

        Assert.Equal(1, await observed.ClearSessionCallsAsync());
        Assert.Equal(1, await observed.ChatWindow.CountAsync());
        Assert.Equal("Waiting", await observed.EvalAsync<string>("() => simulatedSalesforce.status"));
        Assert.False(await observed.Notice.IsVisibleAsync());

        // The new conversation's own end is handled.
        await observed.EvalAsync("() => simulatedSalesforce.agentEnd()");
        await observed.WaitForNoticeAsync();
        await observed.Page.WaitForFunctionAsync("() => simulatedSalesforce.clearSessionCalls === 2");
    }

    [Fact]
    public async Task A_reload_before_the_reset_is_done_finishes_it_on_the_next_page_and_tells_the_visitor()
    {
        await using var observed = await fixture.OpenInConversationAsync();
        // The reset is still waiting for Salesforce's chat window when the visitor reloads.
        await observed.AgentEndsWhileTheResetWaitsAsync();
        Assert.Equal(1, await observed.ChatWindow.CountAsync());

        await observed.Page.ReloadAsync();

        await observed.WaitForNoticeAsync();
        Assert.Equal(DefaultWording, await observed.Page.TextContentAsync(".chat-reset__message"));
        await observed.WaitForResetAsync();
        await observed.Page.Keyboard.PressAsync("Enter");
        await observed.Page.Keyboard.TypeAsync("hello?");
        await observed.Page.Keyboard.PressAsync("Enter");
        await observed.SettleAsync();
        Assert.Equal(0, await observed.SessionsStartedAsync());
        Assert.Equal(0, await observed.ChatWindow.CountAsync());
        Assert.True(await observed.ChatButton.IsHiddenAsync());

        // Once done, the next page is an ordinary one.
        await observed.Page.ReloadAsync();
        await observed.WaitForChatReadyAsync();
        await observed.SettleAsync();
        Assert.Equal(string.Empty, await observed.Notice.InnerHTMLAsync());
        Assert.Equal(0, await observed.ClearSessionCallsAsync());
        Assert.True(await observed.ChatButton.IsVisibleAsync());
    }

    [Fact]
    public async Task Only_the_string_Ended_is_an_end()
    {
        await using var observed = await fixture.OpenInConversationAsync();

        await observed.EvalAsync($"() => simulatedSalesforce.emitStatusEntry({Js("{\"sessionStatus\":[\"Ended\"]}")})");
        await observed.EvalAsync($"() => simulatedSalesforce.emitStatusEntry({Js("{\"sessionStatus\":[\"ended\"]}")})");
        await observed.EvalAsync("() => simulatedSalesforce.emitStatusEntry({ sessionStatus: { toString: () => 'Ended' } })");
        await observed.EvalAsync("() => simulatedSalesforce.emitStatusEntry({ toString: () => '{\"sessionStatus\":[\"Ended\"]}' })");
        await observed.SettleAsync();

        Assert.Equal(0, await observed.ClearSessionCallsAsync());
        Assert.Equal(string.Empty, await observed.Notice.InnerHTMLAsync());
        Assert.Empty(observed.PageErrors);

        await observed.EvalAsync("() => simulatedSalesforce.agentEnd()");
        await observed.WaitForNoticeAndResetAsync();
    }

    [Fact]
    public async Task An_end_before_Ready_of_a_conversation_Salesforce_brings_back_is_told_and_cleared()
    {
        var server = await fixture.ServerAsync();
        await using var observed = await fixture.NewPageAsync();
        // A conversation that ended earlier comes back from Salesforce's stored state, and its Ended arrives before
        // Salesforce is ready, with no conversation started on this page.
        await observed.Page.AddInitScriptAsync("""
            localStorage.setItem('00D5g000004SVXp_WEB_STORAGE', JSON.stringify({ conversationId: 'sim-earlier', status: 'Ended' }));
            addEventListener('onEmbeddedMessagingConversationOpened', () => {
              window.endedBeforeReady = !simulatedSalesforce.ready;
              simulatedSalesforce.emitStatusEntry(JSON.stringify({ entryType: 'SessionStatusChanged', sessionStatus: 'Ended' }));
            }, { once: true });
            """);
        await observed.Page.GotoAsync(server.Url("/").ToString());

        await observed.WaitForNoticeAndResetAsync();
        Assert.True(await observed.EvalAsync<bool>("() => window.endedBeforeReady"));
        Assert.Equal(DefaultWording, await observed.Page.TextContentAsync(".chat-reset__message"));
        // Cleared once Salesforce was ready, not tried before (it would only be refused).
        Assert.Equal(1, await observed.ClearSessionCallsAsync());
        Assert.Equal(0, await observed.ChatWindow.CountAsync());
        Assert.True(await observed.ChatButton.IsHiddenAsync());
        await observed.Page.Keyboard.PressAsync("Enter");
        await observed.SettleAsync();
        Assert.Equal(0, await observed.SessionsStartedAsync());

        await observed.Page.ClickAsync("[data-chat-reset-dismiss]");
        await observed.WaitForChatButtonBackAsync();
        Assert.Empty(await observed.RefusedCallsAsync());
    }

    [Fact]
    public async Task Start_a_new_chat_works_within_a_bounded_time_even_when_clearSession_never_settles()
    {
        await using var observed = await fixture.OpenInConversationAsync();
        await observed.AgentEndsWhileTheResetWaitsAsync();

        await observed.Page.ClickAsync("[data-chat-reset-restart]");
        Assert.False(await observed.FocusIsOnAsync("body"));

        // The chat as it is, ready for typing: a message starts the new session the visitor asked for.
        await observed.WaitForFocusOnAsync(".sim-chat__input");
        Assert.Equal(string.Empty, await observed.Notice.InnerHTMLAsync());
        await observed.Page.Keyboard.TypeAsync("Me again");
        await observed.Page.Keyboard.PressAsync("Enter");
        Assert.Equal(2, await observed.SessionsStartedAsync());
        Assert.Equal("Waiting", await observed.EvalAsync<string>("() => simulatedSalesforce.status"));
    }

    [Fact]
    public async Task Close_during_the_reset_keeps_Salesforces_button_off_the_ended_window_until_the_reset_is_done()
    {
        await using var observed = await fixture.OpenInConversationAsync();
        await observed.AgentEndsWhileTheResetWaitsAsync();

        await observed.Page.ClickAsync("[data-chat-reset-dismiss]");
        await observed.WaitForNoticeClosedAsync();
        await observed.SettleAsync();
        Assert.Equal(1, await observed.ChatWindow.CountAsync());
        Assert.True(await observed.ChatButton.IsHiddenAsync());

        // Salesforce's chat window answers: the reset finishes and its button comes back, focused by Salesforce.
        await observed.EvalAsync("() => simulatedSalesforce.answerClearSession()");
        await observed.WaitForResetAsync();
        await observed.ChatButton.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
        await observed.WaitForFocusOnAsync(".sim-chat__button");
        Assert.Empty(await observed.RefusedCallsAsync());
        Assert.Equal(1, await observed.SessionsStartedAsync());
    }

    [Fact]
    public async Task Start_a_new_chat_during_the_reset_opens_the_chat_on_the_recreated_button_without_refused_calls()
    {
        await using var observed = await fixture.OpenInConversationAsync("--ChatReset:ProductionMode=false");
        await observed.AgentEndsWhileTheResetWaitsAsync();

        await observed.Page.ClickAsync("[data-chat-reset-restart]");
        await observed.SettleAsync();
        Assert.Equal(1, await observed.ChatWindow.CountAsync());
        Assert.True(await observed.ChatButton.IsHiddenAsync());
        await observed.EvalAsync("() => simulatedSalesforce.answerClearSession()");

        await observed.Page.WaitForFunctionAsync("() => simulatedSalesforce.status === 'Waiting'");
        await observed.WaitForFocusOnAsync(".sim-chat__input");
        Assert.Equal(2, await observed.SessionsStartedAsync());
        Assert.Equal(1, await observed.ClearSessionCallsAsync());
        Assert.Empty(await observed.RefusedCallsAsync());
        Assert.DoesNotContain(observed.Console, line => line.Contains("failed", StringComparison.Ordinal));
    }
}
