using System.Text.Json.Nodes;
using ChatReset.Core.Deployments;
using ChatReset.Module.Drivers;
using ChatReset.Module.Settings;
using ChatReset.Module.Verification;
using ChatReset.Module.ViewModels;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.Entities;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests.Deployments;

/// <summary>The Salesforce Chat page with several deployments, and sites that stored one before they existed.</summary>
public sealed class DeploymentSettingsTests
{
    private const string Group = ChatResetConstants.SettingsGroups.Deployment;
    private const string Prefix = "ISite.ChatDeploymentSettings";

    private static IDisplayDriver<ISite> Driver()
        => new ChatDeploymentSettingsDisplayDriver(Orchard.SignedInUser(), Orchard.Authorize(ChatResetPermissions.ManageChatDeployment), Orchard.Shell());

    private static ChatDeploymentRowViewModel Row(string? name, string? cultures = null, string apiName = "French_Web") => new()
    {
        Name = name,
        Cultures = cultures,
        OrgId = Valid.OrgId,
        DeploymentApiName = apiName,
        SiteUrl = Valid.SiteUrl,
        Scrt2Url = Valid.Scrt2Url,
        Language = "fr",
    };

    private static void PostDefault(ChatDeploymentSettingsViewModel model)
    {
        model.OrgId = Valid.OrgId;
        model.DeploymentApiName = Valid.DeploymentApiName;
        model.SiteUrl = Valid.SiteUrl;
        model.Scrt2Url = Valid.Scrt2Url;
    }

    private static Task<(ISite Site, Moq.Mock<OrchardCore.DisplayManagement.ModelBinding.IUpdateModel> Updater)> PostAsync(
        ChatDeploymentSettings? stored, params ChatDeploymentRowViewModel[] rows)
        => PostAsync(stored, siteHasKeys: true, rows);

    private static async Task<(ISite Site, Moq.Mock<OrchardCore.DisplayManagement.ModelBinding.IUpdateModel> Updater)> PostAsync(
        ChatDeploymentSettings? stored, bool siteHasKeys, params ChatDeploymentRowViewModel[] rows)
    {
        var site = Orchard.Site();
        if (stored is not null)
        {
            site.Put(stored);
        }

        if (siteHasKeys)
        {
            // Any protected text: the page only asks whether the site has keys.
            site.Put(new UserVerificationSiteSettings { ProtectedKeys = "protected key ring" });
        }

        var updater = Orchard.Post<ChatDeploymentSettingsViewModel>(model =>
        {
            PostDefault(model);
            model.Deployments = [.. rows];
        });
        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));
        return (site, updater);
    }

    [Fact]
    public async Task Several_deployments_are_saved_in_order_with_their_rules_and_the_empty_row_is_ignored()
    {
        var support = Row(" Support ", apiName: "Support_Web");
        support.PathPrefixes = "/support, /fr/aide";
        support.Layers = "Support pages";
        support.VerifiedChat = true;

        var (site, updater) = await PostAsync(null, Row("French", "fr, fr-CA"), support, new ChatDeploymentRowViewModel { ProductionMode = true });

        Assert.True(updater.Object.ModelState.IsValid);
        var saved = site.Settings<ChatDeploymentSettings>().Deployments;
        Assert.Equal(["French", "Support"], saved.Select(d => d.Name));
        Assert.Equal(["fr", "fr-CA"], saved[0].Cultures);
        Assert.Equal("French_Web", saved[0].DeploymentApiName);
        Assert.Equal(["/support", "/fr/aide"], saved[1].PathPrefixes);
        Assert.Equal(["Support pages"], saved[1].Layers);
        Assert.True(saved[1].VerifiedChat);
        Assert.Equal(Valid.DeploymentApiName, site.Settings<ChatDeploymentSettings>().DeploymentApiName);
    }

    [Fact]
    public async Task Verified_chat_for_a_deployment_is_refused_on_its_row_while_the_site_has_no_keys()
    {
        var support = Row("Support", apiName: "Support_Web");
        support.VerifiedChat = true;

        var (site, updater) = await PostAsync(null, siteHasKeys: false, Row("French", "fr"), support);

        var state = updater.Object.ModelState;
        Assert.False(state.IsValid);
        Assert.Contains("Verified chat section", state[$"{Prefix}.Deployments[1].VerifiedChat"]!.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.Null(state[$"{Prefix}.Deployments[0].VerifiedChat"]);
        Assert.Empty(site.Settings<ChatDeploymentSettings>().Deployments);
    }

    [Fact]
    public async Task Bad_rows_get_errors_on_their_own_fields_and_nothing_is_saved()
    {
        var stored = Valid.Deployment();
        stored.Deployments = [new NamedChatDeployment { Name = "Kept", OrgId = Valid.OrgId, DeploymentApiName = "Kept_Web", SiteUrl = Valid.SiteUrl, Scrt2Url = Valid.Scrt2Url }];
        var badUrl = Row("Sales", apiName: "Sales_Web");
        badUrl.Scrt2Url = "https://evil.example";

        var (site, updater) = await PostAsync(stored, Row("French", "fr"), badUrl, Row("french", "not-a-culture-at-all"));

        var modelState = updater.Object.ModelState;
        Assert.Equal(
            [$"{Prefix}.Deployments[1].Scrt2Url", $"{Prefix}.Deployments[2].Cultures", $"{Prefix}.Deployments[2].Name"],
            modelState.Where(entry => entry.Value!.Errors.Count > 0).Select(entry => entry.Key).Order(StringComparer.Ordinal));
        Assert.StartsWith("Deployment Sales (row 2): SCRT2 URL", modelState[$"{Prefix}.Deployments[1].Scrt2Url"]!.Errors[0].ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(["Kept"], site.Settings<ChatDeploymentSettings>().Deployments.Select(d => d.Name));
    }

    [Fact]
    public async Task A_row_marked_Remove_is_deleted_and_not_checked()
    {
        var stored = Valid.Deployment();
        stored.Deployments = [new NamedChatDeployment { Name = "Old" }];
        var removed = Row("Old", "not a culture");
        removed.Remove = true;

        var (site, updater) = await PostAsync(stored, removed, Row("French", "fr"));

        Assert.True(updater.Object.ModelState.IsValid);
        Assert.Equal(["French"], site.Settings<ChatDeploymentSettings>().Deployments.Select(d => d.Name));
    }

    [Fact]
    public async Task The_editor_shows_each_stored_deployment_then_an_empty_row()
    {
        var stored = Valid.Deployment();
        stored.Deployments = [new NamedChatDeployment { Name = "French", Cultures = ["fr", "fr-CA"], DeploymentApiName = "French_Web" }];
        var site = Orchard.Site();
        site.Put(stored);
        var context = Orchard.Edit(Group);

        var model = await Orchard.EditorModelAsync<ChatDeploymentSettingsViewModel>(await Driver().BuildEditorAsync(site, context), context);

        Assert.Equal(Valid.DeploymentApiName, model.DeploymentApiName);
        Assert.Equal(["French", null], model.Deployments.Select(row => row.Name));
        Assert.Equal(("fr, fr-CA", "French_Web"), (model.Deployments[0].Cultures, model.Deployments[0].DeploymentApiName));
    }

    [Fact]
    public async Task Settings_stored_before_deployments_existed_are_read_as_the_default_deployment_with_no_other()
    {
        // The JSON a site stored with the first releases: no Deployments key.
        var site = Orchard.Site(properties => properties[nameof(ChatDeploymentSettings)] = JsonNode.Parse($$"""
            { "OrgId": "{{Valid.OrgId}}", "DeploymentApiName": "{{Valid.DeploymentApiName}}", "SiteUrl": "{{Valid.SiteUrl}}",
              "Scrt2Url": "{{Valid.Scrt2Url}}", "Language": "de", "ProductionMode": false, "LoadOnInteraction": true }
            """));

        var result = await Orchard.SiteOptions(site).GetAsync(new System.Globalization.CultureInfo("fr-FR"));

        Assert.True(result.IsComplete);
        Assert.Equal((Valid.DeploymentApiName, "de", true), (result.Options!.DeploymentApiName, result.Options.Language, result.Options.LoadOnInteraction));
        Assert.Empty(result.Deployments);
    }

    [Fact]
    public async Task Site_options_carry_the_valid_deployments_with_their_wording_and_leave_an_invalid_one_out()
    {
        var stored = Valid.Deployment();
        stored.Deployments =
        [
            new NamedChatDeployment { Name = "Broken", Cultures = ["fr"], OrgId = "bad" },
            new NamedChatDeployment { Name = "French", Cultures = ["fr"], OrgId = Valid.OrgId, DeploymentApiName = "French_Web", SiteUrl = Valid.SiteUrl, Scrt2Url = Valid.Scrt2Url, Language = "fr" },
        ];
        var site = Orchard.Site();
        site.Put(stored);
        site.Put(new ChatWordingSettings
        {
            Cultures = { ["fr"] = new ChatWording { EndOfChatMessage = "Le site.", RestartLabel = "Recommencer" } },
            Deployments = { ["French"] = new ChatDeploymentWording { Cultures = { ["fr"] = new ChatWording { EndOfChatMessage = "Le déploiement." } } } },
        });

        var result = await Orchard.SiteOptions(site).GetAsync(new System.Globalization.CultureInfo("fr-CA"));

        var french = Assert.Single(result.Deployments);
        Assert.Equal(("French", "French_Web"), (french.Rules.Name, french.Options.DeploymentApiName));
        Assert.Equal(("Le déploiement.", "Recommencer"), (french.Options.EndOfChatMessage, french.Options.RestartLabel));
        Assert.Equal("Le site.", result.Options!.EndOfChatMessage);
        Assert.Equal("French", ChatResetDeploymentSelection.Choose(result.Deployments.Select(d => d.Rules).ToList(), new("/", "fr-CA")).Name);
    }
}

/// <summary>The Salesforce Chat page's markup with deployment rows: one fieldset per deployment, errors on their row.</summary>
public sealed class DeploymentSettingsViewTests
{
    [Fact]
    public async Task Each_deployment_is_a_labelled_fieldset_and_a_rows_error_shows_under_its_field_encoded()
    {
        var model = new ChatDeploymentSettingsViewModel
        {
            OrgId = Valid.OrgId,
            Deployments = [new ChatDeploymentRowViewModel { Name = "French", Cultures = "fr", Scrt2Url = "<b>bad</b>" }, new ChatDeploymentRowViewModel()],
        };
        var modelState = new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary();
        modelState.AddModelError("ISite.ChatDeploymentSettings.Deployments[0].Scrt2Url", "Deployment French (row 1): SCRT2 URL <must> be on a Salesforce domain.");

        var html = await RazorViews.RenderAsync("/Views/ChatDeploymentSettings.Edit.cshtml", model, modelState, "ISite.ChatDeploymentSettings");
        var page = ChatWidgetTestHost.Parse(html);

        Assert.Equal(["Default deployment", "Deployment French (row 1)", "New deployment (row 2)"],
            page.QuerySelectorAll("fieldset > legend").Select(legend => legend.TextContent.Trim()));
        foreach (var field in new[] { "Name", "Cultures", "PathPrefixes", "Layers", "OrgId", "Scrt2Url", "ProductionMode", "VerifiedChat", "Remove" })
        {
            var input = page.QuerySelector($"[name='ISite.ChatDeploymentSettings.Deployments[1].{field}']");
            Assert.NotNull(input);
            Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        }

        Assert.Equal("<b>bad</b>", page.QuerySelector("[name='ISite.ChatDeploymentSettings.Deployments[0].Scrt2Url']")!.GetAttribute("value"));
        Assert.Equal("Deployment French (row 1): SCRT2 URL <must> be on a Salesforce domain.",
            page.QuerySelector("[data-valmsg-for='ISite.ChatDeploymentSettings.Deployments[0].Scrt2Url']")!.TextContent);
        Assert.Empty(page.QuerySelector("[data-valmsg-for='ISite.ChatDeploymentSettings.OrgId']")!.TextContent);
    }
}
