using ChatReset.Module.Drivers;
using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using ChatReset.Module.ViewModels;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.Entities;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests.Deployments;

/// <summary>Marketing's Chat Wording page on a site with several deployments: named, never identified by Salesforce IDs.</summary>
public sealed class DeploymentWordingPageTests
{
    private const string Group = ChatResetConstants.SettingsGroups.Wording;
    private const string Prefix = "ISite.ChatWordingSettings";

    private static IDisplayDriver<ISite> Driver()
        => new ChatWordingSettingsDisplayDriver(
            Orchard.SignedInUser(), Orchard.Authorize(ChatResetPermissions.EditChatWording), Orchard.Cultures("en-US", "fr"),
            new PassThroughLocalizer<ChatWordingSettingsDisplayDriver>());

    private static ISite Site()
    {
        var site = Orchard.Site();
        var deployment = Valid.Deployment();
        deployment.Deployments = [new NamedChatDeployment { Name = "French", Cultures = ["fr"], OrgId = "00D5g000004SECRT", DeploymentApiName = "French_Web" }];
        site.Put(deployment);
        site.Put(new ChatWordingSettings { Cultures = { ["fr"] = new ChatWording { EndOfChatMessage = "Le site." } } });
        return site;
    }

    [Fact]
    public async Task The_page_lists_each_deployment_by_name_per_culture_after_the_sites_wording()
    {
        var context = Orchard.Edit(Group);

        var model = await Orchard.EditorModelAsync<ChatWordingSettingsViewModel>(await Driver().BuildEditorAsync(Site(), context), context);

        Assert.Equal([(null, "en-US"), (null, "fr"), ("French", "en-US"), ("French", "fr")], model.Cultures.Select(c => (c.Deployment, c.Culture)));
        Assert.Equal("Le site.", model.Cultures[3].Fallback.EndOfChatMessage);
        var html = await RazorViews.RenderAsync("/Views/ChatWordingSettings.Edit.cshtml", model, htmlFieldPrefix: Prefix);
        Assert.Contains("Deployment French:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("French_Web", html, StringComparison.Ordinal);
        Assert.DoesNotContain("00D5g000004SECRT", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deployments_wording_is_saved_under_it_and_one_for_a_removed_deployment_saves_nothing()
    {
        var site = Site();
        var updater = Orchard.Post<ChatWordingSettingsViewModel>(model => model.Cultures =
        [
            new() { Culture = "fr", EndOfChatMessage = "Le site, encore." },
            new() { Culture = "fr", Deployment = "french", EndOfChatMessage = "Le déploiement." },
        ]);

        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.True(updater.Object.ModelState.IsValid);
        var saved = site.Settings<ChatWordingSettings>();
        Assert.Equal("Le déploiement.", ChatWordingByCulture.For(saved, "fr-FR", "en-US", "French").EndOfChatMessage);
        Assert.Equal("Le site, encore.", ChatWordingByCulture.For(saved, "fr-FR", "en-US").EndOfChatMessage);

        var gone = Orchard.Post<ChatWordingSettingsViewModel>(model => model.Cultures =
        [
            new() { Culture = "fr", EndOfChatMessage = "Changé." },
            new() { Culture = "fr", Deployment = "Spanish", EndOfChatMessage = "Fin." },
        ]);
        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, gone.Object));

        Assert.Contains("no longer exists", gone.Object.ModelState[$"{Prefix}.Cultures[1].EndOfChatMessage"]!.Errors[0].ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("Le site, encore.", ChatWordingByCulture.For(site.Settings<ChatWordingSettings>(), "fr", "en-US").EndOfChatMessage);
    }
}
