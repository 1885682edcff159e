namespace ChatReset.Cms.Tests;

/// <summary>
/// A bilingual Orchard Core site (en-US by default, fr-FR) with a French deployment for French pages and two more a
/// page's widgets may ask for, set up through the <c>ChatResetSettings</c> recipe step. Its own site, so that the
/// other suites' single-deployment site stays as it is.
/// </summary>
public sealed class DeploymentsSiteFixture() : CmsFixture("en_US.UTF-8")
{
    private bool _setUp;

    public static string Deployment(string apiName, string language, string extra = "") => $$"""
        "OrgId": "00D000000000001", "DeploymentApiName": "{{apiName}}",
        "SiteUrl": "{{PlaceholderSiteOrigin}}/ESW{{apiName.Replace("_", "", StringComparison.Ordinal)}}1700000000000",
        "Scrt2Url": "https://example.my.salesforce-scrt.com", "Language": "{{language}}", "LoadOnInteraction": false{{extra}}
        """;

    /// <summary>Sets the site up once, for whichever test runs first.</summary>
    public async Task EnsureSetUpAsync()
    {
        if (_setUp)
        {
            return;
        }

        await using var admin = await OpenAsync(null!);
        await admin.LogInAsync(CmsSite.AdminUserName);
        Assert.Equal(string.Empty, await admin.ImportJsonAsync($$"""
            { "steps": [
              { "name": "feature", "enable": [ "OrchardCore.Localization" ] },
              { "name": "settings", "LocalizationSettings": { "DefaultCulture": "en-US", "SupportedCultures": [ "en-US", "fr-FR" ] } },
              { "name": "ChatResetSettings",
                "ChatDeploymentSettings": { {{Deployment("English_Web", "en_US")}},
                  "Deployments": [
                    { "Name": "French", "Cultures": [ "fr" ], {{Deployment("French_Web", "fr")}} },
                    { "Name": "Sales", {{Deployment("Sales_Web", "en_US")}} },
                    { "Name": "Support", {{Deployment("Support_Web", "en_US")}} } ] },
                "ChatWordingSettings": { "Deployments": { "French": { "Cultures": { "fr": { "EndOfChatMessage": "Discussion terminée." } } } } } },
              { "name": "content", "data": [ {
                "ContentItemId": "twodeployments0000000000001", "ContentType": "Page", "DisplayText": "Two deployments",
                "Latest": true, "Published": true,
                "TitlePart": { "Title": "Two deployments" },
                "AutoroutePart": { "Path": "two-deployments" },
                "FlowPart": { "Widgets": [
                  { "ContentItemId": "twodeployments0000000000002", "ContentType": "ChatWidget", "Latest": true, "Published": true,
                    "ChatWidgetPart": { "DeploymentName": "Support" } },
                  { "ContentItemId": "twodeployments0000000000003", "ContentType": "ChatWidget", "Latest": true, "Published": true,
                    "ChatWidgetPart": { "DeploymentName": "Sales" } } ] } } ] } ] }
            """));
        _setUp = true;
    }
}

[CollectionDefinition(Name)]
public sealed class DeploymentsSiteCollection : ICollectionFixture<DeploymentsSiteFixture>
{
    public const string Name = "Orchard Core site, several deployments";
}

/// <summary>Several deployments on a real Orchard Core site: chosen per page, once per page, and imported only when valid.</summary>
[Collection(DeploymentsSiteCollection.Name)]
public sealed class DeploymentTests(DeploymentsSiteFixture fixture)
{
    private static string Row(int index, string field) => $"{CmsPage.DeploymentPrefix}.Deployments[{index}].{field}";

    private static async Task<(string DeploymentApiName, int InitCalls)> InitAsync(CmsPage page)
    {
        await page.Page.WaitForFunctionAsync("() => window.simulatedSalesforce && simulatedSalesforce.ready");
        var init = await page.Page.EvaluateAsync<string[]>(
            "() => [simulatedSalesforce.initArguments.deploymentApiName, String(simulatedSalesforce.initCalls)]");
        return (init[0], int.Parse(init[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_French_page_inits_the_French_deployment_and_an_English_page_the_English_one()
    {
        await fixture.EnsureSetUpAsync();

        await using (var french = await fixture.OpenAsync("/", locale: "fr-FR"))
        {
            Assert.Equal(("French_Web", 1), await InitAsync(french));
            Assert.Equal("Discussion terminée.", await french.EndOfChatWordingAsync());
        }

        await using var english = await fixture.OpenAsync("/", locale: "en-US");
        Assert.Equal(("English_Web", 1), await InitAsync(english));
        Assert.Equal(1, await english.Page.Locator("script[data-chat-reset-config]").CountAsync());
    }

    [Fact]
    public async Task Widgets_asking_for_different_deployments_get_the_first_listed_once_and_only_a_manager_sees_why()
    {
        await fixture.EnsureSetUpAsync();

        // The page's flow asks for Support, then Sales; the layer's widget follows the site's rules. Sales is listed first.
        await using (var visitor = await fixture.OpenAsync("/two-deployments", locale: "en-US"))
        {
            Assert.Equal(("Sales_Web", 1), await InitAsync(visitor));
            Assert.Equal(1, await visitor.Page.Locator("[data-chat-reset]").CountAsync());
            Assert.Equal(1, await visitor.Page.Locator("script[data-chat-reset-config]").CountAsync());
            Assert.Equal(0, await visitor.Page.Locator(".chat-reset-deployment-hint").CountAsync());
        }

        await using var admin = await fixture.OpenAsync(null!, locale: "en-US");
        await admin.LogInAsync(CmsSite.AdminUserName);
        await admin.GotoAsync("/two-deployments");
        var hint = admin.Page.Locator(".chat-reset-deployment-hint");
        Assert.Equal(1, await hint.CountAsync());
        Assert.Contains("this page uses Sales", await hint.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(("Sales_Web", 1), await InitAsync(admin));
    }

    [Fact]
    public async Task The_settings_page_shows_each_deployment_and_a_bad_row_gets_its_error_while_nothing_is_saved()
    {
        await fixture.EnsureSetUpAsync();
        await using var admin = await fixture.OpenAsync(null!);
        await admin.LogInAsync(CmsSite.AdminUserName);
        await admin.GotoAsync(CmsPage.DeploymentPage);
        Assert.Equal(["French", "Sales", "Support", ""],
            await admin.Page.Locator($"input[name^='{CmsPage.DeploymentPrefix}.Deployments'][name$='.Name']").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)"));
        Assert.Equal("fr", await admin.ValueAsync(Row(0, "Cultures")));
        Assert.Equal("French_Web", await admin.ValueAsync(Row(0, "DeploymentApiName")));

        await admin.Page.Locator($"[name='{Row(1, "Scrt2Url")}']").FillAsync("https://evil.example");
        await admin.Page.Locator($"[name='{Row(3, "Name")}']").FillAsync("french");
        await admin.SaveAsync();
        await admin.Page.WaitForLoadStateAsync();

        Assert.StartsWith("Deployment Sales (row 2): SCRT2 URL", await admin.FieldErrorAsync(Row(1, "Scrt2Url")), StringComparison.Ordinal);
        Assert.Contains("already used", await admin.FieldErrorAsync(Row(3, "Name")), StringComparison.Ordinal);
        await admin.GotoAsync(CmsPage.DeploymentPage);
        Assert.Equal("https://example.my.salesforce-scrt.com", await admin.ValueAsync(Row(1, "Scrt2Url")));
        Assert.Equal(string.Empty, await admin.ValueAsync(Row(3, "Name")));
    }

    [Fact]
    public async Task A_recipe_with_a_bad_deployment_is_refused_naming_it_and_nothing_is_saved()
    {
        await fixture.EnsureSetUpAsync();
        await using var admin = await fixture.OpenAsync(null!);
        await admin.LogInAsync(CmsSite.AdminUserName);

        var errors = await admin.ImportJsonAsync($$"""
            { "steps": [ { "name": "ChatResetSettings",
              "ChatDeploymentSettings": { {{DeploymentsSiteFixture.Deployment("Changed_Web", "en_US")}},
                "Deployments": [
                  { "Name": "French", "Cultures": [ "fr" ], {{DeploymentsSiteFixture.Deployment("French_Web", "fr")}} },
                  { "Name": "Broken", "Cultures": [ "not a culture" ], {{DeploymentsSiteFixture.Deployment("Broken_Web", "en_US")}} } ] } } ] }
            """);

        Assert.Contains("Deployment Broken (row 2): Cultures", errors, StringComparison.Ordinal);
        await admin.GotoAsync(CmsPage.DeploymentPage);
        Assert.Equal("English_Web", await admin.ValueAsync($"{CmsPage.DeploymentPrefix}.DeploymentApiName"));
        Assert.Equal("Sales", await admin.ValueAsync(Row(1, "Name")));
    }
}
