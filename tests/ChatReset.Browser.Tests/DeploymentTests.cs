namespace ChatReset.Browser.Tests;

/// <summary>
/// Several deployments on one site: the demo started with a French deployment for French pages
/// (appsettings.Deployments.json) connects each page to its culture's deployment, initialising Salesforce once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeploymentTests(BrowserFixture fixture)
{
    private const string WithFrenchDeployment = "--Demo:Deployments=true";

    private static async Task<(string DeploymentApiName, string SiteUrl, string Language, int InitCalls)> InitAsync(ObservedPage observed)
    {
        await observed.WaitForChatReadyAsync();
        await observed.SettleAsync();
        var init = await observed.EvalAsync<string[]>(
            "() => [simulatedSalesforce.initArguments.deploymentApiName, simulatedSalesforce.initArguments.siteUrl, simulatedSalesforce.languageAtInit, String(simulatedSalesforce.initCalls)]");
        return (init[0], init[1], init[2], int.Parse(init[3], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task A_French_page_inits_the_French_deployment_and_an_English_page_the_English_one_once_each(string viewport)
    {
        var server = await fixture.ServerAsync([WithFrenchDeployment]);

        await using (var french = await fixture.OpenAsync(server, "/?culture=fr-FR", BrowserFixture.Viewport(viewport)))
        {
            Assert.Equal(("ChatReset_Demo_French", "https://acme-demo.my.site.com/ESWChatResetDemoFr1700000000000", "fr", 1), await InitAsync(french));
            Assert.Empty(french.PageErrors);
        }

        await using var english = await fixture.OpenAsync(server, "/?culture=en-US", BrowserFixture.Viewport(viewport));
        Assert.Equal(("ChatReset_Demo", "https://acme-demo.my.site.com/ESWChatResetDemo1700000000000", "en_US", 1), await InitAsync(english));
        Assert.Empty(english.PageErrors);
    }

    [Fact]
    public async Task A_page_with_two_widgets_in_French_inits_the_French_deployment_once()
    {
        var server = await fixture.ServerAsync([WithFrenchDeployment]);
        await using var observed = await fixture.OpenAsync(server, "/two-widgets?culture=fr-FR");

        var init = await InitAsync(observed);
        Assert.Equal(("ChatReset_Demo_French", 1), (init.DeploymentApiName, init.InitCalls));
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task The_reset_works_on_the_French_deployment_with_its_own_wording(string viewport)
    {
        var server = await fixture.ServerAsync([WithFrenchDeployment]);
        await using var observed = await fixture.OpenAsync(server, "/?culture=fr-FR", BrowserFixture.Viewport(viewport));

        await observed.StartConversationAsync();
        await observed.AgentEndsAndResetFinishesAsync();

        Assert.Contains("Cette discussion est terminée.", await observed.Notice.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await observed.ClearSessionCallsAsync());
        Assert.Equal("ChatReset_Demo_French", (await InitAsync(observed)).DeploymentApiName);
        Assert.Empty(observed.PageErrors);
    }
}
