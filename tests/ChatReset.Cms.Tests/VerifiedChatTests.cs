namespace ChatReset.Cms.Tests;

/// <summary>Verified chat on a real Orchard Core site: turned on by the site admin, used by a signed-in user.</summary>
[Collection(EnglishSiteCollection.Name)]
public sealed class VerifiedChatTests(EnglishSiteFixture fixture)
{
    private const string Prefix = "ISite.UserVerificationSiteSettings";

    // Puts the simulated Salesforce client in verified mode (on a real org this is set up in Salesforce), checking
    // tokens against the site's published keys.
    private const string VerifiedSimulation = """
        document.addEventListener('DOMContentLoaded', () => {
          const meta = document.createElement('meta');
          meta.name = 'simulated-salesforce-user-verification';
          meta.content = '/chat-reset/jwks.json';
          document.head.append(meta);
        });
        """;

    [Fact]
    public async Task A_user_signs_in_chats_verified_and_signing_out_ends_the_chat_on_the_next_page()
    {
        await using var admin = await fixture.OpenAsync(null!);
        await admin.LogInAsync(CmsSite.AdminUserName);
        await admin.CreateUserAsync("chat-member", "Marketing");
        await SetVerificationAsync(admin, enabled: true);
        try
        {
            Assert.Contains("\"kid\"", await admin.Page.Locator("#chatreset-jwks").InputValueAsync(), StringComparison.Ordinal);
            var published = await admin.Page.APIRequest.GetAsync(fixture.Site.Url("/chat-reset/jwks.json").ToString());
            Assert.Equal(200, published.Status);

            await using var member = await fixture.OpenAsync(null!);
            await member.Page.AddInitScriptAsync(VerifiedSimulation);
            await member.LogInAsync("chat-member");
            await member.GotoAsync("/");
            var config = await member.Page.Locator("script[data-chat-reset-config]").TextContentAsync();
            Assert.Contains("\"userVerification\"", config, StringComparison.Ordinal);
            Assert.DoesNotContain("chat-member", config, StringComparison.Ordinal);

            await member.Page.Locator("[data-chat-reset-launcher]").ClickAsync();
            await member.Page.WaitForFunctionAsync("() => window.simulatedSalesforce && simulatedSalesforce.verifiedSubject && document.querySelector('.sim-chat__button')");
            // The subject is Orchard's user id, not the user name.
            var subject = await member.Page.EvaluateAsync<string>("() => simulatedSalesforce.verifiedSubject");
            Assert.NotEqual("chat-member", subject);
            // The launcher asked for the chat: it opens once the token is set and Salesforce's button exists.
            await member.Page.Locator(".sim-chat__window").WaitForAsync();
            await member.Page.FillAsync(".sim-chat__input", "My order number is 12345");
            await member.Page.Keyboard.PressAsync("Enter");
            Assert.True(await member.Page.EvaluateAsync<bool>("() => simulatedSalesforce.agentAccept()"));
            Assert.Empty(await member.Page.EvaluateAsync<string[]>("() => simulatedSalesforce.tokensRejected"));

            // Orchard's own sign-out (the user menu's form), which returns to the home page.
            await member.GotoAsync("/Admin");
            member.Console.Clear();
            await member.Page.Locator("form[action*='LogOff']").EvaluateAsync("form => form.submit()");
            await member.Page.WaitForURLAsync(fixture.Site.Url("/").ToString());

            await member.Page.WaitForFunctionAsync("() => window.simulatedSalesforce && simulatedSalesforce.sessionsEnded === 1");
            Assert.Equal(0, await member.Page.Locator(".sim-chat__window").CountAsync());
            Assert.DoesNotContain("12345", await member.Page.ContentAsync(), StringComparison.Ordinal);
            Assert.Equal(string.Empty, await member.Page.EvaluateAsync<string>("() => localStorage.getItem('ChatReset') || ''"));
            Assert.DoesNotContain(member.Console, line => line.Contains("[ChatReset]", StringComparison.Ordinal));
        }
        finally
        {
            await SetVerificationAsync(admin, enabled: false);
        }
    }

    private static async Task SetVerificationAsync(CmsPage admin, bool enabled)
    {
        await admin.GotoAsync(CmsPage.DeploymentPage);
        await admin.Page.Locator($"[name='{Prefix}.Enabled'][type=checkbox]").SetCheckedAsync(enabled);
        await admin.SaveAsync();
        await admin.Page.WaitForLoadStateAsync();
        await admin.GotoAsync(CmsPage.DeploymentPage);
        Assert.Equal(enabled, await admin.Page.Locator($"[name='{Prefix}.Enabled'][type=checkbox]").IsCheckedAsync());
    }
}
