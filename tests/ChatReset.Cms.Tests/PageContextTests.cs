using System.Text.Json;

namespace ChatReset.Cms.Tests;

/// <summary>
/// Page context on a real Orchard Core site: an administrator maps hidden pre-chat fields on the Salesforce Chat page,
/// and a visitor's page hands them to the (simulated) Salesforce client.
/// </summary>
[Collection(EnglishSiteCollection.Name)]
public sealed class PageContextTests(EnglishSiteFixture fixture)
{
    private const string Prefix = "ISite.ChatPageContextSettings";

    private static string Row(int index, string field) => $"{Prefix}.Rows[{index}].{field}";

    [Fact]
    public async Task An_admin_maps_fields_and_a_visitors_page_sends_them_after_Ready()
    {
        await using (var admin = await fixture.OpenAsync(null!))
        {
            await admin.LogInAsync(CmsSite.AdminUserName);
            await admin.GotoAsync(CmsPage.DeploymentPage);
            // The page offers empty rows below the stored ones; fill the first two empty ones.
            var first = await admin.Page.Locator($"[name$='.Name'][name^='{Prefix}.Rows']").CountAsync() - 2;
            await admin.Page.Locator($"[name='{Row(first, "Name")}']").FillAsync("Page_Title");
            await admin.Page.Locator($"[name='{Row(first, "Source")}']").SelectOptionAsync("PageTitle");
            await admin.Page.Locator($"[name='{Row(first + 1, "Name")}']").FillAsync("Chat_Placement");
            await admin.Page.Locator($"[name='{Row(first + 1, "Source")}']").SelectOptionAsync("LayerZone");
            await admin.SaveAsync();
            await admin.Page.WaitForLoadStateAsync();

            await admin.GotoAsync(CmsPage.DeploymentPage);
            Assert.Equal("Page_Title", await admin.ValueAsync(Row(first, "Name")));
            Assert.Equal("LayerZone", await admin.ValueAsync(Row(first + 1, "Source")));
        }

        await using var visitor = await fixture.OpenAsync("/");
        // The setup recipe loads the chat on interaction.
        await visitor.Page.Locator("[data-chat-reset-launcher]").ClickAsync();
        await visitor.Page.WaitForFunctionAsync("() => window.simulatedSalesforce && simulatedSalesforce.hiddenPrechatCalls.length > 0");

        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(
            await visitor.Page.EvaluateAsync<string>("() => JSON.stringify(simulatedSalesforce.hiddenPrechatFields)"))!;
        Assert.Equal("Welcome", fields["Page_Title"]);
        Assert.Equal("Always/Footer", fields["Chat_Placement"]);
    }

    [Fact]
    public async Task A_bad_row_shows_its_error_and_nothing_on_the_page_is_saved()
    {
        await using var page = await fixture.OpenAsync(null!);
        await page.LogInAsync(CmsSite.AdminUserName);
        await page.GotoAsync(CmsPage.DeploymentPage);
        var last = await page.Page.Locator($"[name$='.Name'][name^='{Prefix}.Rows']").CountAsync() - 1;
        var apiName = $"{CmsPage.DeploymentPrefix}.DeploymentApiName";
        var before = await page.ValueAsync(apiName);

        await page.Page.Locator($"[name='{apiName}']").FillAsync("Changed_Deployment");
        await page.Page.Locator($"[name='{Row(last, "Name")}']").FillAsync("Page URL");
        await page.Page.Locator($"[name='{Row(last, "Source")}']").SelectOptionAsync("PageUrl");
        await page.SaveAsync();
        await page.Page.WaitForLoadStateAsync();

        Assert.StartsWith($"Hidden pre-chat field, row {last + 1}: the field name (Name)", await page.FieldErrorAsync(Row(last, "Name")), StringComparison.Ordinal);
        await page.GotoAsync(CmsPage.DeploymentPage);
        Assert.Equal(before, await page.ValueAsync(apiName));
        Assert.Equal(0, await page.Page.Locator($"[name^='{Prefix}.Rows'][value='Page URL']").CountAsync());
    }
}
