using System.Net;
using Microsoft.Playwright;

namespace ChatReset.Cms.Tests;

/// <summary>
/// Marketing changes what visitors read, for each of the site's cultures, and nothing else. Run on a bilingual site
/// (en-US and fr) and on a server without a culture and without localization (the invariant culture, where the first
/// release reported success and stored nothing).
/// </summary>
public abstract class WordingTests(CmsFixture fixture, string userName, bool frenchToo)
{
    [Fact]
    public async Task Marketing_changes_the_wording_for_each_site_culture_and_visitors_read_it()
    {
        await using var admin = await fixture.OpenAsync(null!);
        await admin.LogInAsync(CmsSite.AdminUserName);
        await admin.CreateUserAsync(userName, "Marketing");
        if (frenchToo)
        {
            // A bilingual site: English by default, French for visitors whose browser asks for it.
            Assert.Equal(string.Empty, await admin.ImportJsonAsync("""
                { "steps": [
                  { "name": "feature", "enable": [ "OrchardCore.Localization" ] },
                  { "name": "settings", "LocalizationSettings": { "DefaultCulture": "en-US", "SupportedCultures": [ "en-US", "fr" ] } } ] }
                """));
        }

        await using var marketing = await fixture.OpenAsync(null!);
        await marketing.LogInAsync(userName);
        await marketing.GotoAsync(CmsPage.WordingPage);
        var messages = marketing.Page.Locator("textarea[name$='.EndOfChatMessage']");
        var cultures = await messages.CountAsync();
        Assert.True(cultures >= 1);
        for (var i = 0; i < cultures; i++)
        {
            await messages.Nth(i).FillAsync($"Wording {i} from marketing, {userName}.");
        }

        await marketing.SaveAsync();
        await marketing.Page.WaitForLoadStateAsync();

        await marketing.GotoAsync(CmsPage.WordingPage);
        for (var i = 0; i < cultures; i++)
        {
            Assert.Equal($"Wording {i} from marketing, {userName}.", await messages.Nth(i).InputValueAsync());
        }

        Assert.Equal(frenchToo ? 2 : 1, cultures);
        await using var visitor = await fixture.OpenAsync("/");
        Assert.Equal($"Wording 0 from marketing, {userName}.", await visitor.EndOfChatWordingAsync());
        if (frenchToo)
        {
            await using var frenchVisitor = await fixture.OpenAsync("/", locale: "fr");
            Assert.Equal($"Wording 1 from marketing, {userName}.", await frenchVisitor.EndOfChatWordingAsync());
        }
    }

    [Fact]
    public async Task Marketing_sees_no_deployment_page_and_a_forged_post_changes_nothing()
    {
        var forger = userName + "-forger";
        await using var admin = await fixture.OpenAsync(null!);
        await admin.LogInAsync(CmsSite.AdminUserName);
        await admin.CreateUserAsync(forger, "Marketing");
        await admin.GotoAsync(CmsPage.DeploymentPage);
        var orgId = await admin.ValueAsync($"{CmsPage.DeploymentPrefix}.OrgId");

        await using var marketing = await fixture.OpenAsync(null!);
        await marketing.LogInAsync(forger);
        var get = await marketing.Page.APIRequest.GetAsync(fixture.Site.Url(CmsPage.DeploymentPage).ToString(), new APIRequestContextOptions { MaxRedirects = 0 });
        Assert.DoesNotContain($"{CmsPage.DeploymentPrefix}.OrgId", await get.TextAsync(), StringComparison.Ordinal);
        Assert.NotEqual((int)HttpStatusCode.OK, get.Status);

        // A post to the deployment page with a valid antiforgery token taken from a page marketing may open.
        await marketing.GotoAsync(CmsPage.WordingPage);
        var token = await marketing.Page.Locator("input[name='__RequestVerificationToken']").First.InputValueAsync();
        var post = await marketing.Page.APIRequest.PostAsync(fixture.Site.Url(CmsPage.DeploymentPage).ToString(), new APIRequestContextOptions
        {
            Form = marketing.Page.Context.APIRequest.CreateFormData()
                .Set("__RequestVerificationToken", token)
                .Set("GroupId", "chatreset-deployment")
                .Set($"{CmsPage.DeploymentPrefix}.OrgId", "00D000000000009")
                .Set($"{CmsPage.DeploymentPrefix}.DeploymentApiName", "Forged")
                .Set($"{CmsPage.DeploymentPrefix}.SiteUrl", "https://evil.my.site.com/ESWForged1700000000000")
                .Set($"{CmsPage.DeploymentPrefix}.Scrt2Url", "https://evil.my.salesforce-scrt.com"),
            MaxRedirects = 0,
        });
        Assert.NotEqual(200, post.Status);

        await admin.GotoAsync(CmsPage.DeploymentPage);
        Assert.Equal(orgId, await admin.ValueAsync($"{CmsPage.DeploymentPrefix}.OrgId"));
    }
}

[Collection(EnglishSiteCollection.Name)]
public sealed class EnglishSiteWordingTests(EnglishSiteFixture fixture) : WordingTests(fixture, "marketer", frenchToo: true);

[Collection(InvariantSiteCollection.Name)]
public sealed class InvariantSiteWordingTests(InvariantSiteFixture fixture) : WordingTests(fixture, "marketer-invariant", frenchToo: false);
