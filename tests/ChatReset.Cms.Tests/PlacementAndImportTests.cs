using Microsoft.Playwright;

namespace ChatReset.Cms.Tests;

/// <summary>Editors put the chat on a page; administrators move settings in with recipes, validated or not.</summary>
[Collection(EnglishSiteCollection.Name)]
public sealed class PlacementAndImportTests(EnglishSiteFixture fixture)
{
    private const string ValidDeployment = """
        "OrgId": "00D000000000002", "DeploymentApiName": "Imported_Deployment",
        "SiteUrl": "https://example.my.site.com/ESWChatReset1700000000000", "Scrt2Url": "https://example.my.salesforce-scrt.com",
        "Language": "en_US", "ProductionMode": true, "LoadOnInteraction": true
        """;

    [Fact]
    public async Task An_editor_places_a_chat_widget_in_a_page_and_the_page_still_has_one_chat()
    {
        await using var admin = await fixture.OpenAsync(null!);
        await admin.LogInAsync(CmsSite.AdminUserName);
        await admin.CreateUserAsync("editor", "Editor");

        await using var editor = await fixture.OpenAsync(null!);
        await editor.LogInAsync("editor");
        await editor.GotoAsync("/Admin/Contents/ContentTypes/Page/Create");
        var page = editor.Page;
        await page.Locator("input[name='TitlePart.Title']").FillAsync("Support");
        await page.Locator("button[title='Add Widget']").First.ClickAsync();
        await page.Locator("a.add-widget[data-widget-type='ChatWidget']").First.ClickAsync();
        await page.Locator("textarea[name$='ChatWidgetPart.EndOfChatMessage']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.Locator("button[name='submit.Publish']").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Create", StringComparison.OrdinalIgnoreCase));

        // The layer's Chat widget and the page's: one host, one script.
        await using var visitor = await fixture.OpenAsync("/support");
        Assert.Equal(1, await visitor.Page.Locator("[data-chat-reset]").CountAsync());
        Assert.Equal(1, await visitor.Page.Locator("script[src*='chat-reset']").CountAsync());
        Assert.Equal(1, await visitor.Page.Locator("script[data-chat-reset-config]").CountAsync());
        Assert.Equal("Support", (await visitor.Page.TitleAsync()).Split(" - ")[^1]);
    }

    [Fact]
    public async Task A_deployment_plan_export_imported_again_restores_both_settings()
    {
        await using var admin = await fixture.OpenAsync(null!);
        await admin.LogInAsync(CmsSite.AdminUserName);
        var page = admin.Page;
        var wordingField = page.Locator("textarea[name$='.EndOfChatMessage']").First;
        var apiNameField = $"{CmsPage.DeploymentPrefix}.DeploymentApiName";
        await admin.GotoAsync(CmsPage.WordingPage);
        var exportedWording = await wordingField.InputValueAsync();
        await admin.GotoAsync(CmsPage.DeploymentPage);
        var exportedApiName = await admin.ValueAsync(apiNameField);

        // A plan with ChatReset's two steps, executed to a file.
        await admin.GotoAsync("/Admin/DeploymentPlan/Create");
        await page.Locator("input[name='Name']").FillAsync("Chat settings");
        await page.Locator("form button[type=submit].create").ClickAsync();
        // Orchard Core 3.0 opens the new plan; 2.2 lists the plans.
        await page.WaitForLoadStateAsync();
        if (!page.Url.Contains("/Display", StringComparison.OrdinalIgnoreCase))
        {
            await page.Locator("a", new PageLocatorOptions { HasText = "Chat settings" }).First.ClickAsync();
        }

        await page.WaitForURLAsync(url => url.Contains("/Display", StringComparison.OrdinalIgnoreCase));
        var plan = page.Url;
        foreach (var step in new[] { "Salesforce Chat settings", "Chat Wording settings" })
        {
            await page.GotoAsync(plan);
            await page.Locator("button[data-bs-target='#modalSteps']").ClickAsync();
            await page.Locator("#modalSteps .item", new PageLocatorOptions { HasText = step }).Locator("a", new LocatorLocatorOptions { HasText = "Add" }).ClickAsync();
            await page.Locator("form button[type=submit].create").ClickAsync();
            await page.WaitForLoadStateAsync();
        }

        await page.GotoAsync(plan);
        await page.Locator("button[data-bs-target='#modalTargets']").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator("#modalTargets .card", new PageLocatorOptions { HasText = "File Download" }).Locator("a").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"chatreset-export-{Guid.NewGuid():N}.zip");
        await download.SaveAsAsync(file);

        // Both settings change, then the file comes back.
        await admin.GotoAsync(CmsPage.WordingPage);
        await wordingField.FillAsync("Changed after the export.");
        await admin.SaveAsync();
        await page.WaitForLoadStateAsync();
        await admin.GotoAsync(CmsPage.DeploymentPage);
        await page.Locator($"[name='{apiNameField}']").FillAsync("Changed_After_Export");
        await admin.SaveAsync();
        await page.WaitForLoadStateAsync();

        await admin.GotoAsync("/Admin/DeploymentPlan/Import/Index");
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await page.Locator("form button[type=submit].import").ClickAsync();
        await page.WaitForLoadStateAsync();
        File.Delete(file);

        await admin.GotoAsync(CmsPage.DeploymentPage);
        Assert.Equal(exportedApiName, await admin.ValueAsync(apiNameField));
        await admin.GotoAsync(CmsPage.WordingPage);
        Assert.Equal(exportedWording, await wordingField.InputValueAsync());
    }

    [Fact]
    public async Task The_ChatResetSettings_step_refuses_bad_input_and_saves_nothing()
    {
        await using var admin = await fixture.OpenAsync(null!);
        await admin.LogInAsync(CmsSite.AdminUserName);
        await admin.GotoAsync(CmsPage.DeploymentPage);
        var orgId = await admin.ValueAsync($"{CmsPage.DeploymentPrefix}.OrgId");

        var errors = await admin.ImportJsonAsync($$"""
            { "steps": [ { "name": "ChatResetSettings",
              "ChatDeploymentSettings": { {{ValidDeployment.Replace("00D000000000002", "not-an-org-id", StringComparison.Ordinal)}} } } ] }
            """);

        Assert.Contains("(OrgId)", errors, StringComparison.Ordinal);
        await admin.GotoAsync(CmsPage.DeploymentPage);
        Assert.Equal(orgId, await admin.ValueAsync($"{CmsPage.DeploymentPrefix}.OrgId"));
    }

    [Fact]
    public async Task Settings_imported_without_validation_hide_the_chat_and_the_settings_page_marks_every_bad_field()
    {
        await using var admin = await fixture.OpenAsync(null!);
        await admin.LogInAsync(CmsSite.AdminUserName);
        try
        {
            // Orchard's generic settings step stores whatever it is given.
            Assert.Equal(string.Empty, await admin.ImportJsonAsync("""
                { "steps": [ { "name": "settings", "ChatDeploymentSettings": {
                  "OrgId": "bad", "DeploymentApiName": "Imported_Deployment", "SiteUrl": "https://evil.example/ESW",
                  "Scrt2Url": "https://example.my.salesforce-scrt.com", "BootstrapUrl": "/media/evil.js" } } ] }
                """));

            await using var visitor = await fixture.OpenAsync("/");
            Assert.Equal(0, await visitor.Page.Locator("script[data-chat-reset-config]").CountAsync());

            await admin.GotoAsync(CmsPage.DeploymentPage);
            foreach (var field in new[] { "OrgId", "SiteUrl", "BootstrapUrl" })
            {
                Assert.Contains($"({field})", await admin.FieldErrorAsync($"{CmsPage.DeploymentPrefix}.{field}"), StringComparison.Ordinal);
            }

            await admin.GotoAsync("/");
            Assert.Contains("(OrgId)", await admin.Page.Locator(".chat-reset-settings-hint").InnerTextAsync(), StringComparison.Ordinal);
        }
        finally
        {
            Assert.Equal(string.Empty, await admin.ImportJsonAsync($$"""{ "steps": [ { "name": "ChatResetSettings", "ChatDeploymentSettings": { {{ValidDeployment}} } } ] }"""));
        }
    }
}
