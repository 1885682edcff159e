namespace ChatReset.Browser.Tests;

/// <summary>A site dresses the notice in its own colours, radius and font with custom properties, no selectors of ChatReset's.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_site_custom_properties_colour_the_notice_and_its_buttons()
    {
        await using var observed = await fixture.OpenInConversationAsync(BrowserFixture.Desktop);
        // As a site's stylesheet would, on an ancestor (set through the CSSOM: the page's CSP allows no inline style).
        await observed.EvalAsync("""
            () => {
              const style = document.body.style;
              style.setProperty('--chat-reset-accent', 'rgb(120, 20, 60)');
              style.setProperty('--chat-reset-surface', 'rgb(10, 20, 30)');
              style.setProperty('--chat-reset-text', 'rgb(230, 230, 230)');
              style.setProperty('--chat-reset-border', 'rgb(0, 128, 0)');
              style.setProperty('--chat-reset-radius', '30px');
              style.setProperty('--chat-reset-font', 'serif');
            }
            """);
        await observed.AgentEndsAndResetFinishesAsync();

        var look = await observed.EvalAsync<Dictionary<string, string>>("""
            () => {
              const notice = getComputedStyle(document.querySelector('[data-chat-reset-notice]'));
              const restart = getComputedStyle(document.querySelector('[data-chat-reset-restart]'));
              const dismiss = getComputedStyle(document.querySelector('[data-chat-reset-dismiss]'));
              return {
                noticeBackground: notice.backgroundColor, noticeText: notice.color, noticeBorder: notice.borderTopColor,
                noticeRadius: notice.borderTopLeftRadius, noticeFont: notice.fontFamily,
                restartBackground: restart.backgroundColor, restartText: restart.color, restartRadius: restart.borderTopLeftRadius,
                dismissBackground: dismiss.backgroundColor, dismissText: dismiss.color,
              };
            }
            """);

        Assert.Equal("rgb(10, 20, 30)", look["noticeBackground"]);
        Assert.Equal("rgb(230, 230, 230)", look["noticeText"]);
        Assert.Equal("rgb(0, 128, 0)", look["noticeBorder"]);
        Assert.Equal("30px", look["noticeRadius"]);
        Assert.Equal("serif", look["noticeFont"]);
        Assert.Equal("rgb(120, 20, 60)", look["restartBackground"]);
        Assert.Equal("rgb(10, 20, 30)", look["restartText"]);
        Assert.Equal("30px", look["restartRadius"]);
        Assert.Equal("rgb(10, 20, 30)", look["dismissBackground"]);
        Assert.Equal("rgb(120, 20, 60)", look["dismissText"]);
    }
}
