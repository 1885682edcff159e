using Microsoft.Playwright;

namespace ChatReset.Cms.Tests;

/// <summary>
/// The real Orchard Core admin's pictures in the guides (docs/guides), taken again on every run against a site set up
/// by the setup recipe and nothing else: the two settings pages and a Chat widget in a page's flow. Orchard Core's
/// admin looks different from one major version to the next, so each has its own pictures.
/// </summary>
[Collection(GuideSiteCollection.Name)]
public sealed class GuideScreenshotTests(GuideSiteFixture fixture)
{
    private static string Picture(string name) => $"orchard-core-{OrchardCoreBuild.Major}/{name}";

    [Fact]
    public async Task The_Salesforce_Chat_settings_page_is_as_the_site_admin_guide_shows_it()
    {
        await using var admin = await OpenAsAdminAsync();
        await admin.GotoAsync(CmsPage.DeploymentPage);

        await GuideScreenshot.MatchAsync(admin.Page.Locator("#chatreset-deployment > fieldset").First, Picture("salesforce-chat-settings.png"));
    }

    [Fact]
    public async Task The_rules_of_a_deployment_being_added_are_as_the_site_admin_guide_shows_it()
    {
        await using var admin = await OpenAsAdminAsync();
        await admin.GotoAsync(CmsPage.DeploymentPage);
        var row = admin.Page.Locator("#chatreset-deployment fieldset.border").First;

        // What a site admin types for a French queue, before saving; the picture shows the rules (the deployment's own
        // fields below them are the default deployment's, pictured above).
        await row.Locator("[name$='Deployments[0].Name']").FillAsync("French");
        await row.Locator("[name$='Deployments[0].Cultures']").FillAsync("fr");
        await row.Locator("[name$='Deployments[0].Cultures']").BlurAsync();

        await GuideScreenshot.MatchAsync(row.Locator(".row").First, Picture("another-deployment.png"));
    }

    [Fact]
    public async Task The_verified_chat_section_is_as_the_site_admin_guide_shows_it()
    {
        await using var admin = await OpenAsAdminAsync();
        await admin.GotoAsync(CmsPage.DeploymentPage);
        var section = admin.Page.Locator("#chatreset-verified-chat");

        // The issuer shown is the site's own URL, whose port changes from run to run.
        await GuideScreenshot.MatchAsync(section, Picture("verified-chat-settings.png"), section.Locator("[name$='.Issuer'], [name$='.Issuer'] ~ .hint"));
    }

    [Fact]
    public async Task The_page_context_section_is_as_the_site_admin_guide_shows_it()
    {
        await using var admin = await OpenAsAdminAsync();
        await admin.GotoAsync(CmsPage.DeploymentPage);

        await GuideScreenshot.MatchAsync(admin.Page.Locator("#chatreset-page-context"), Picture("page-context-settings.png"));
    }

    [Fact]
    public async Task The_Chat_Wording_page_is_as_the_marketing_guide_shows_it()
    {
        await using var admin = await OpenAsAdminAsync();
        await admin.GotoAsync(CmsPage.WordingPage);

        await GuideScreenshot.MatchAsync(SettingsForm(admin), Picture("chat-wording-settings.png"));
    }

    [Fact]
    public async Task A_chat_widget_in_a_page_flow_is_as_the_content_editor_guide_shows_it()
    {
        await using var admin = await OpenAsAdminAsync();
        await admin.GotoAsync("/Admin/Contents/ContentTypes/Page/Create");
        var page = admin.Page;
        await page.Locator("input[name='TitlePart.Title']").FillAsync("Support");
        await page.Locator("button[title='Add Widget']").First.ClickAsync();
        await page.Locator("a.add-widget[data-widget-type='ChatWidget']").First.ClickAsync();
        var message = page.Locator("textarea[name$='ChatWidgetPart.EndOfChatMessage']");
        await message.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var widget = page.Locator(".widget-editor").Filter(new() { Has = message });
        if (!await message.IsVisibleAsync())
        {
            // Orchard Core 2.2 adds a widget collapsed to a flow.
            await widget.Locator(".widget-editor-btn-expand").ClickAsync();
        }

        await message.WaitForAsync();
        await GuideScreenshot.MatchAsync(widget, Picture("chat-widget-in-flow.png"));
    }

    // Tall enough that a whole settings form fits: a picture taken after scrolling would have the admin's fixed header
    // over its top.
    private async Task<CmsPage> OpenAsAdminAsync()
    {
        var admin = await fixture.OpenAsync(null!);
        await admin.Page.SetViewportSizeAsync(1024, 1400);
        await admin.LogInAsync(CmsSite.AdminUserName);
        return admin;
    }

    // The settings page's form, without the admin's menu and header around it.
    private static ILocator SettingsForm(CmsPage admin) => admin.Page.Locator("form").Filter(new() { Has = admin.Page.Locator("button[type=submit].save") });
}

/// <summary>A site of its own for the guides' pictures: as the setup recipe leaves it, whatever other tests change.</summary>
public sealed class GuideSiteFixture() : CmsFixture("en_US.UTF-8");

[CollectionDefinition(Name)]
public sealed class GuideSiteCollection : ICollectionFixture<GuideSiteFixture>
{
    public const string Name = "Orchard Core site for the guides";
}
