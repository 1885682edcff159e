using ChatReset.Core.Deployments;
using ChatReset.Core.Verification;
using ChatReset.Module.Services;
using ChatReset.Module.Widgets.Models;
using ChatReset.Module.Widgets.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ChatReset.Module.Tests.Deployments;

/// <summary>Chat widgets asking for deployments: the page's one deployment, the hint for managers, the editor's choice.</summary>
public sealed class DeploymentWidgetTests
{
    private static ChatResetSiteDeployment Deployment(string name, string apiName, params string[] cultures)
        => new(
            new ChatResetDeployment { Name = name, Cultures = [.. cultures] },
            ChatWidgetTestHost.SiteOptions with { DeploymentApiName = apiName },
            VerifiedChat: false);

    private static ChatWidgetTestHost Host()
    {
        var host = new ChatWidgetTestHost();
        host.UseSettings(ChatWidgetTestHost.Complete() with
        {
            Deployments = [Deployment("Sales", "Sales_Web"), Deployment("Support", "Support_Web"), Deployment("French", "French_Web", "fr")],
        });
        return host;
    }

    private static ChatWidgetPart Asking(string? deploymentName)
    {
        var part = ChatWidgetTestHost.NewPart();
        part.DeploymentName = deploymentName;
        return part;
    }

    [Fact]
    public async Task Widgets_asking_for_different_deployments_get_the_one_listed_first_and_the_page_renders_it_once()
    {
        var host = Host();

        var first = await host.DisplayAsync(Asking("Support"));
        var second = await host.DisplayAsync(Asking("Sales"));
        var page = await host.PageAsync(ChatWidgetTestHost.HostOnly, first, second);

        Assert.Contains("Sales_Web", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Support_Web", page, StringComparison.Ordinal);
        Assert.Equal(1, ChatWidgetTestHost.Parse(page).QuerySelectorAll("script[data-chat-reset-config]").Length);
        Assert.Equal(1, ChatWidgetTestHost.Parse(page).QuerySelectorAll("[data-chat-reset]").Length);
    }

    [Fact]
    public async Task A_widget_placed_after_the_first_still_counts_because_the_choice_is_made_when_the_page_is_written()
    {
        var host = Host();

        // The first widget (in a page's flow) follows the site's rules; the layer's widget, built later, asks for Support.
        var first = await host.DisplayAsync(Asking(null));
        var second = await host.DisplayAsync(Asking("Support"));

        Assert.Contains("Support_Web", await host.PageAsync(ChatWidgetTestHost.HostOnly, first, second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Managers_get_one_hint_saying_which_deployment_won_and_visitors_get_none()
    {
        var manager = Host();
        manager.GrantManageDeployment();
        var hint = await manager.DisplayDeploymentHintAsync(Asking("Support"));
        Assert.Null(await manager.DisplayDeploymentHintAsync(Asking("Sales")));

        Assert.NotNull(hint);
        Assert.True(hint.Contested);
        Assert.Equal("Sales", hint.Deployment);
        Assert.Contains("this page uses Sales", await RazorViews.RenderAsync("/Views/ChatDeploymentChoiceHint.cshtml", hint), StringComparison.Ordinal);

        var visitor = Host();
        Assert.Null(await visitor.DisplayDeploymentHintAsync(Asking("Support")));
    }

    [Fact]
    public async Task Widgets_that_agree_show_managers_nothing()
    {
        var manager = Host();
        manager.GrantManageDeployment();
        var hint = await manager.DisplayDeploymentHintAsync(Asking("Support"));
        await manager.DisplayAsync(Asking("support"));

        Assert.False(hint!.Contested);
        Assert.Equal(string.Empty, (await RazorViews.RenderAsync("/Views/ChatDeploymentChoiceHint.cshtml", hint)).Trim());
    }

    [Theory]
    [InlineData("French", false, false)]
    [InlineData("French", true, true)]
    [InlineData("Default", false, true)]
    public async Task Verified_chat_is_on_a_page_only_when_its_deployment_verifies_visitors(string asked, bool frenchVerifies, bool expected)
    {
        // The site has keys and verified chat on for its default deployment (the site's switch).
        var ring = UserVerificationKeyRing.Generate(DateTimeOffset.UtcNow);
        var host = new ChatWidgetTestHost(services => services
            .AddSingleton(Mock.Of<IUserVerificationSettingsSource>(source =>
                source.GetAsync(It.IsAny<HttpContext>()) == Task.FromResult<UserVerificationSettings?>(
                    new UserVerificationSettings(null, UserVerificationSettings.DefaultSubjectClaimType, UserVerificationSettings.DefaultTokenLifetime))))
            .AddSingleton(Mock.Of<IUserVerificationKeyStore>(keys => keys.GetAsync(It.IsAny<HttpContext>()) == Task.FromResult<UserVerificationKeyRing?>(ring)))
            .AddScoped<ChatResetUserVerification>());
        host.UseSettings(ChatWidgetTestHost.Complete() with
        {
            VerifiedChat = true,
            Deployments = [Deployment("French", "French_Web") with { VerifiedChat = frenchVerifies }],
        });

        var display = await host.DisplayAsync(Asking(asked));
        var page = await host.PageAsync(ChatWidgetTestHost.HostOnly, display);

        // Verified chat is the optional features' script and the page's userVerification entry.
        Assert.Equal(expected, page.Contains("chat-reset-features", StringComparison.Ordinal));
        Assert.Contains(asked == "French" ? "French_Web" : ChatWidgetTestHost.SiteOptions.DeploymentApiName!,
            ChatWidgetTestHost.Parse(page).QuerySelector("script[data-chat-reset-config]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_offers_the_default_and_every_deployment()
    {
        var editor = await ChatWidgetTestHost.EditAsync(Host().CreateDriver(), Asking("Support"));

        Assert.Equal(["Default", "Sales", "Support", "French"], editor.DeploymentNames);
        Assert.Equal("Support", editor.DeploymentName);
    }

    [Theory]
    [InlineData("Sales", true)]
    [InlineData("default", true)]
    [InlineData("", true)]
    [InlineData("Gone", false)]
    [InlineData("<script>", false)]
    public async Task Saving_a_widget_accepts_only_a_deployment_the_site_has(string posted, bool accepted)
    {
        var part = Asking("Support");

        var (editor, modelState) = await ChatWidgetTestHost.UpdateAsync(Host().CreateDriver(), part, model => model.DeploymentName = posted);

        Assert.Equal(accepted, modelState.IsValid);
        Assert.Equal(accepted ? (posted.Length == 0 ? null : posted) : "Support", part.DeploymentName);
        if (!accepted)
        {
            var error = Assert.Single(modelState["ChatWidgetPart.DeploymentName"]!.Errors).ErrorMessage;
            Assert.DoesNotContain(posted, error, StringComparison.Ordinal);
            Assert.Equal(posted, editor.DeploymentName);
        }
    }
}
