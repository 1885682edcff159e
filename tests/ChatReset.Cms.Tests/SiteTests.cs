using System.Net;

namespace ChatReset.Cms.Tests;

/// <summary>A new site set up in one step with the project's setup recipe, as visitors and administrators meet it.</summary>
[Collection(EnglishSiteCollection.Name)]
public sealed class SiteTests(EnglishSiteFixture fixture)
{
    [Fact]
    public async Task An_anonymous_visitor_gets_the_home_page_with_the_chat_once_and_an_unchanged_title()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var response = await client.GetAsync(fixture.Site.Url("/"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var page = await fixture.OpenAsync("/");
        Assert.Equal(1, await page.Page.Locator("[data-chat-reset]").CountAsync());
        Assert.Equal(1, await page.Page.Locator("script[data-chat-reset-config]").CountAsync());
        Assert.Equal(1, await page.Page.Locator("script[src*='chat-reset']").CountAsync());
        Assert.Equal(1, await page.Page.Locator("link[href*='chat-reset']").CountAsync());
        // Versioned by the site's file version provider (asp-append-version), so an upgrade reaches browsers at once.
        Assert.Matches(@"/_content/ChatReset\.Core/chat-reset\.js\?v=[\w-]+$", await page.Page.Locator("script[src*='chat-reset']").GetAttributeAsync("src"));
        // The Chat widget's title must not join the page title (Orchard adds a displayed item's title to it).
        Assert.Equal(["ChatReset test site", "Welcome"], (await page.Page.TitleAsync()).Split(" - "));
    }

    [Fact]
    public async Task The_theme_stylesheet_is_served_and_dresses_the_chat_in_the_page_colours()
    {
        await using var page = await fixture.OpenAsync(null!);
        var stylesheet = page.Page.WaitForResponseAsync(response => response.Url.Contains("/ChatReset.Theme/styles/chatreset-theme.css", StringComparison.Ordinal));
        await page.GotoAsync("/");
        Assert.Equal(200, (await stylesheet).Status);

        // The theme hands Bootstrap's colours to ChatReset.Core's custom properties: a button in the chat's host takes
        // the page's primary colour, not ChatReset's own default (#0b5cab).
        var colours = await page.Page.EvaluateAsync<string[]>("""
            () => {
              const primary = document.createElement('span');
              primary.style.color = 'var(--bs-primary)';
              document.body.append(primary);
              const button = document.querySelector('.chat-reset').appendChild(document.createElement('button'));
              return [getComputedStyle(primary).color, getComputedStyle(button).backgroundColor];
            }
            """);
        Assert.NotEqual("rgb(11, 92, 171)", colours[1]);
        Assert.Equal(colours[0], colours[1]);
    }

    [Fact]
    public async Task A_site_admin_saves_valid_deployment_settings()
    {
        await using var page = await fixture.OpenAsync(null!);
        await page.LogInAsync(CmsSite.AdminUserName);
        await page.GotoAsync(CmsPage.DeploymentPage);

        await page.Page.Locator($"[name='{CmsPage.DeploymentPrefix}.DeploymentApiName']").FillAsync("ESA_Web_Deployment_2");
        await page.SaveAsync();
        await page.Page.WaitForLoadStateAsync();

        await page.GotoAsync(CmsPage.DeploymentPage);
        Assert.Equal("ESA_Web_Deployment_2", await page.ValueAsync($"{CmsPage.DeploymentPrefix}.DeploymentApiName"));
        await using var visitor = await fixture.OpenAsync("/");
        Assert.Contains("ESA_Web_Deployment_2", await visitor.Page.Locator("script[data-chat-reset-config]").TextContentAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OrgId", "00X5g000004XyZq")]
    [InlineData("DeploymentApiName", "Web deployment")]
    [InlineData("SiteUrl", "https://example.com/ESWChat1700000000000")]
    [InlineData("Scrt2Url", "http://example.my.salesforce-scrt.com")]
    [InlineData("Language", "english!")]
    [InlineData("BootstrapUrl", "/media/bootstrap.js")]
    public async Task Each_kind_of_invalid_deployment_value_shows_its_field_error_and_saves_nothing(string field, string value)
    {
        await using var page = await fixture.OpenAsync(null!);
        await page.LogInAsync(CmsSite.AdminUserName);
        await page.GotoAsync(CmsPage.DeploymentPage);
        var name = $"{CmsPage.DeploymentPrefix}.{field}";
        var before = await page.ValueAsync(name);

        await page.Page.Locator($"[name='{name}']").FillAsync(value);
        await page.SaveAsync();
        await page.Page.WaitForLoadStateAsync();

        Assert.Contains($"({field})", await page.FieldErrorAsync(name), StringComparison.Ordinal);
        await page.GotoAsync(CmsPage.DeploymentPage);
        Assert.Equal(before, await page.ValueAsync(name));
    }

    [Fact]
    public async Task The_reset_runs_end_to_end_and_production_mode_writes_nothing_to_the_console()
    {
        await using var page = await fixture.OpenAsync("/");
        // The setup recipe loads the chat on interaction: nothing from Salesforce until the launcher is used.
        await page.Page.Locator("[data-chat-reset-launcher]").ClickAsync();
        await page.Page.WaitForFunctionAsync("() => window.simulatedSalesforce && window.simulatedSalesforce.status === 'Waiting'");

        await page.Page.EvaluateAsync("() => { simulatedSalesforce.agentAccept(); simulatedSalesforce.agentEnd(); }");

        var endOfChat = await page.EndOfChatWordingAsync();
        var notice = page.Page.Locator("[data-chat-reset-notice]");
        await Microsoft.Playwright.Assertions.Expect(notice).ToContainTextAsync(endOfChat);
        await page.Page.WaitForFunctionAsync("() => simulatedSalesforce.clearSessionCalls === 1");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.Keyboard.PressAsync("Enter");

        Assert.Equal(1, await page.Page.EvaluateAsync<int>("() => simulatedSalesforce.sessionsStarted"));
        Assert.Equal(1, await page.Page.EvaluateAsync<int>("() => simulatedSalesforce.clearSessionCalls"));
        Assert.Empty(page.Console);
    }
}
