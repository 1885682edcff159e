namespace ChatReset.Browser.Tests;

/// <summary>
/// The sample site's pictures in the guides (docs/guides), taken again on every run: what a visitor sees when an agent
/// ends the chat, on desktop and phone, and the click-to-load launcher.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GuideScreenshotTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_end_of_chat_notice_on_desktop_is_as_the_guides_show_it()
    {
        await using var observed = await fixture.OpenInConversationAsync(BrowserFixture.Desktop);
        await observed.AgentEndsAndResetFinishesAsync();

        await GuideScreenshot.MatchAsync(observed.Notice, "visitor-notice-desktop.png");
    }

    [Fact]
    public async Task The_end_of_chat_notice_on_a_phone_is_as_the_guides_show_it()
    {
        await using var observed = await fixture.OpenInConversationAsync(BrowserFixture.Phone);
        await observed.AgentEndsAndResetFinishesAsync();
        // Focus rings are part of the picture: the message has focus, as every visitor's notice does.
        Assert.True(await observed.FocusIsOnAsync("[data-chat-reset-notice] *"));

        await GuideScreenshot.MatchAsync(observed.Page, "visitor-notice-phone.png");
    }

    [Fact]
    public async Task The_click_to_load_launcher_is_as_the_guides_show_it()
    {
        var server = await fixture.ServerAsync("--ChatReset:LoadOnInteraction=true");
        await using var observed = await fixture.OpenAsync(server, "/", BrowserFixture.Desktop);
        var launcher = observed.Page.Locator("[data-chat-reset-launcher]");
        await launcher.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });

        await GuideScreenshot.MatchAsync(launcher, "launcher.png");
    }
}
