using Microsoft.Playwright;

namespace ChatReset.Browser.Tests;

/// <summary>Where the notice sits, what closing it does with taps, keys and focus, on desktop and phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoticeTests(BrowserFixture fixture)
{
    private const string Restart = "[data-chat-reset-restart]";
    private const string Close = "[data-chat-reset-dismiss]";

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private static (float X, float Y) Center(LocatorBoundingBoxResult box) => (box.X + (box.Width / 2), box.Y + (box.Height / 2));

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task A_double_tap_on_Close_and_taps_where_the_chat_button_comes_back_start_no_chat(string viewport)
    {
        var server = await fixture.ServerAsync();
        await using var observed = await fixture.OpenAsync(server, "/", BrowserFixture.Viewport(viewport));
        await observed.WaitForChatReadyAsync();
        // Where Salesforce's chat button is, and where the reset brings it back.
        var buttonArea = (await observed.ChatButton.BoundingBoxAsync())!;
        await observed.StartConversationAsync();
        await observed.AgentEndsAndResetFinishesAsync();

        foreach (var control in new[] { Restart, Close })
        {
            Assert.False(Overlap((await observed.Page.Locator(control).BoundingBoxAsync())!, buttonArea), $"{control} lies over the chat button");
        }

        var (closeX, closeY) = Center((await observed.Page.Locator(Close).BoundingBoxAsync())!);
        var (buttonX, buttonY) = Center(buttonArea);
        if (viewport == "phone")
        {
            await observed.Page.Touchscreen.TapAsync(closeX, closeY);
            await observed.Page.Touchscreen.TapAsync(closeX, closeY);
            await observed.Page.Touchscreen.TapAsync(buttonX, buttonY);
        }
        else
        {
            await observed.Page.Mouse.DblClickAsync(closeX, closeY);
            await observed.Page.Mouse.ClickAsync(buttonX, buttonY);
        }

        await observed.Page.Keyboard.PressAsync("Enter");
        // The last tap or click landed on the page, not in the notice: focus is the visitor's, not moved.
        await observed.WaitForChatButtonBackAsync(focused: false);

        Assert.Equal(1, await observed.SessionsStartedAsync());
        Assert.Equal(0, await observed.ChatWindow.CountAsync());
        // After the guard time the button works as usual.
        await observed.ChatButton.ClickAsync();
        await observed.ChatWindow.WaitForAsync();
        Assert.Equal(2, await observed.SessionsStartedAsync());
    }

    [Theory]
    [InlineData("desktop", "click")]
    [InlineData("desktop", "Escape")]
    [InlineData("phone", "tap")]
    public async Task After_Close_focus_goes_to_the_chat_button_once_it_is_back(string viewport, string how)
    {
        await using var observed = await fixture.OpenInConversationAsync(BrowserFixture.Viewport(viewport));
        await observed.AgentEndsAndResetFinishesAsync();

        if (how == "Escape")
        {
            await observed.Page.Keyboard.PressAsync("Escape");
        }
        else if (how == "tap")
        {
            await observed.Page.Locator(Close).TapAsync();
        }
        else
        {
            await observed.Page.Locator(Close).ClickAsync();
        }

        // Focus stays in the notice while it fades out, then moves to the chat button, which has a name to announce.
        Assert.False(await observed.FocusIsOnAsync("body"));
        await observed.WaitForChatButtonBackAsync();
        Assert.Equal("Chat with an agent (simulated Salesforce)", await observed.ChatButton.GetAttributeAsync("aria-label"));
        Assert.Equal(1, await observed.SessionsStartedAsync());
    }

    [Fact]
    public async Task While_the_reset_still_runs_Close_takes_focus_back_where_the_visitor_was()
    {
        await using var observed = await fixture.OpenInConversationAsync();
        const string Link = "nav a[href='/two-widgets']";
        await observed.Page.FocusAsync(Link);

        await observed.AgentEndsWhileTheResetWaitsAsync();
        await observed.Page.Keyboard.PressAsync("Escape");

        await observed.WaitForFocusOnAsync(Link);
        Assert.Equal(string.Empty, await observed.Notice.InnerHTMLAsync());
    }

    [Theory]
    [InlineData(640, 360)] // 1280x720 at 200% zoom
    [InlineData(375, 667)]
    public async Task Long_wording_stays_inside_the_viewport_and_scrolls_with_its_controls_reachable(int width, int height)
    {
        var wording = string.Concat(Enumerable.Repeat("Your conversation with our support team has ended. ", 10))[..500];
        var options = new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height }, DeviceScaleFactor = 2 };
        await using var observed = await fixture.OpenInConversationAsync(options, $"--ChatReset:EndOfChatMessage={wording}");

        await observed.AgentEndsAndResetFinishesAsync();

        var notice = (await observed.Notice.BoundingBoxAsync())!;
        Assert.InRange(notice.Y, 0, height);
        Assert.InRange(notice.Y + notice.Height, 0, height);
        Assert.InRange(notice.X, 0, width);
        Assert.InRange(notice.X + notice.Width, 0, width);
        Assert.Equal(wording, await observed.Page.TextContentAsync(".chat-reset__message"));
        // The start of the message is on screen: the notice scrolls, not the page.
        var message = (await observed.Page.Locator(".chat-reset__message").BoundingBoxAsync())!;
        Assert.InRange(message.Y, notice.Y, notice.Y + notice.Height);

        // The keyboard reaches both controls, each scrolled into view.
        foreach (var control in new[] { Restart, Close })
        {
            await observed.Page.Keyboard.PressAsync("Tab");
            Assert.True(await observed.FocusIsOnAsync(control));
            await observed.Page.WaitForFunctionAsync(
                "selector => { const r = document.querySelector(selector).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }",
                control);
        }

        await observed.Page.Keyboard.PressAsync("Enter");
        await observed.WaitForChatButtonBackAsync();
    }
}
