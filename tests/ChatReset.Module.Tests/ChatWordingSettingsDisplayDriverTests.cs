using System.Text.Json;
using ChatReset.Core;
using ChatReset.Module.Drivers;
using ChatReset.Module.Settings;
using ChatReset.Module.ViewModels;
using Moq;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.Entities;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests;

public sealed class ChatWordingSettingsDisplayDriverTests
{
    private const string Group = ChatResetConstants.SettingsGroups.Wording;
    private const string Prefix = "ISite.ChatWordingSettings";

    private static IDisplayDriver<ISite> Driver(bool canEdit = true)
        => new ChatWordingSettingsDisplayDriver(
            Orchard.SignedInUser(),
            canEdit ? Orchard.Authorize(ChatResetPermissions.EditChatWording) : Orchard.Authorize(ChatResetPermissions.ManageChatDeployment),
            Orchard.Cultures("en-US", "fr", "fr-CA"),
            new PassThroughLocalizer<ChatWordingSettingsDisplayDriver>());

    private static ISite SiteWithWording()
    {
        var site = Orchard.Site();
        site.Put(Valid.Deployment());
        site.Put(new ChatWordingSettings
        {
            Cultures =
            {
                ["en-US"] = new ChatWording { EndOfChatMessage = "Our agent closed this chat.", RestartLabel = "Chat again" },
                ["fr"] = new ChatWording { EndOfChatMessage = "La conversation est terminée." },
            },
        });
        return site;
    }

    private static void Post(ChatWordingSettingsViewModel model, params (string Culture, string? Message, string? Restart)[] entries)
        => model.Cultures = entries
            .Select(e => new ChatCultureWordingViewModel { Culture = e.Culture, EndOfChatMessage = e.Message, RestartLabel = e.Restart })
            .ToList();

    [Fact]
    public async Task Editor_lists_every_culture_of_the_site_default_first_with_stored_text_and_fallbacks()
    {
        var context = Orchard.Edit(Group);

        var model = await Orchard.EditorModelAsync<ChatWordingSettingsViewModel>(
            await Driver().BuildEditorAsync(SiteWithWording(), context), context);

        Assert.Equal(["en-US", "fr", "fr-CA"], model.Cultures.Select(c => c.Culture));
        var english = model.Cultures[0];
        Assert.True(english.IsDefaultCulture);
        Assert.Equal("Our agent closed this chat.", english.EndOfChatMessage);
        Assert.Equal("Chat again", english.RestartLabel);
        Assert.Null(english.DismissLabel);
        Assert.Equal(ChatResetOptions.DefaultDismissLabel, english.Fallback.DismissLabel);

        var french = model.Cultures[1];
        Assert.False(french.IsDefaultCulture);
        Assert.Equal("La conversation est terminée.", french.EndOfChatMessage);
        Assert.Null(french.RestartLabel);
        Assert.Equal("Chat again", french.Fallback.RestartLabel);

        var canadianFrench = model.Cultures[2];
        Assert.Null(canadianFrench.EndOfChatMessage);
        Assert.Equal("La conversation est terminée.", canadianFrench.Fallback.EndOfChatMessage);
    }

    [Fact]
    public async Task Editor_never_carries_deployment_settings()
    {
        var site = SiteWithWording();
        site.Alter<ChatDeploymentSettings>(d => d.BootstrapUrl = "/simulated/secret-bootstrap.js");
        var context = Orchard.Edit(Group);

        var model = await Orchard.EditorModelAsync<ChatWordingSettingsViewModel>(await Driver().BuildEditorAsync(site, context), context);

        var json = JsonSerializer.Serialize(model);
        Assert.DoesNotContain(Valid.OrgId, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Valid.DeploymentApiName, json, StringComparison.Ordinal);
        Assert.DoesNotContain("salesforce-scrt", json, StringComparison.Ordinal);
        Assert.DoesNotContain("my.site.com", json, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-bootstrap", json, StringComparison.Ordinal);
        var editable = typeof(ChatWordingSettingsViewModel).GetProperties()
            .Concat(typeof(ChatCultureWordingViewModel).GetProperties())
            .Select(p => p.Name);
        Assert.Empty(editable.Intersect(["OrgId", "DeploymentApiName", "SiteUrl", "Scrt2Url", "Language", "BootstrapUrl", "ProductionMode", "LoadOnInteraction"]));
    }

    [Fact]
    public async Task Users_without_EditChatWording_get_no_editor_and_save_nothing()
    {
        var site = SiteWithWording();
        var before = site.Properties.ToJsonString();
        var updater = Orchard.Post<ChatWordingSettingsViewModel>(m => Post(m, ("en-US", "Changed", null)));

        Assert.Null(await Driver(canEdit: false).BuildEditorAsync(site, Orchard.Edit(Group)));
        Assert.Null(await Driver(canEdit: false).UpdateEditorAsync(site, Orchard.Update(Group, updater.Object)));
        Assert.Equal(before, site.Properties.ToJsonString());
        updater.Verify(u => u.TryUpdateModelAsync(It.IsAny<ChatWordingSettingsViewModel>(), It.IsAny<string>()), Times.Never);
    }

    [Fact]
    public async Task Valid_post_saves_each_culture_trimmed_and_leaves_the_deployment_alone()
    {
        var site = SiteWithWording();
        var deploymentBefore = site.Properties[nameof(ChatDeploymentSettings)]!.ToJsonString();
        var updater = Orchard.Post<ChatWordingSettingsViewModel>(m => Post(m,
            ("en-US", "  The agent ended the chat. ", "Start again"),
            ("fr", "Fin de la conversation.", "  "),
            ("fr-CA", null, "Recommencer")));

        var result = await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.NotNull(result);
        Assert.True(updater.Object.ModelState.IsValid);
        var saved = site.Settings<ChatWordingSettings>();
        Assert.Equal("The agent ended the chat.", saved.Cultures["en-US"].EndOfChatMessage);
        Assert.Equal("Start again", saved.Cultures["en-US"].RestartLabel);
        Assert.Equal("Fin de la conversation.", saved.Cultures["fr"].EndOfChatMessage);
        Assert.Null(saved.Cultures["fr"].RestartLabel);
        Assert.Equal("Recommencer", saved.Cultures["fr-CA"].RestartLabel);
        Assert.Equal(deploymentBefore, site.Properties[nameof(ChatDeploymentSettings)]!.ToJsonString());
        updater.Verify(u => u.TryUpdateModelAsync(It.IsAny<ChatWordingSettingsViewModel>(), Prefix), Times.Once);
    }

    [Fact]
    public async Task A_culture_the_site_does_not_offer_is_refused_on_its_fields_and_nothing_is_saved()
    {
        var site = SiteWithWording();
        var before = site.Properties.ToJsonString();
        var updater = Orchard.Post<ChatWordingSettingsViewModel>(m => Post(m,
            ("en-US", "Ended.", null),
            ("xx-INJECTED", "Should not be stored", null)));

        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.Equal(before, site.Properties.ToJsonString());
        var failed = Assert.Single(updater.Object.ModelState, e => e.Value!.Errors.Count > 0);
        Assert.Equal($"{Prefix}.Cultures[1].EndOfChatMessage", failed.Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task On_a_server_without_a_culture_the_one_site_language_is_saved(string? postedCulture)
    {
        // LANG=C.UTF-8 and no Localization feature: the site's only culture is the invariant one, named "".
        IDisplayDriver<ISite> driver = new ChatWordingSettingsDisplayDriver(
            Orchard.SignedInUser(), Orchard.Authorize(ChatResetPermissions.EditChatWording), Orchard.Cultures(""),
            new PassThroughLocalizer<ChatWordingSettingsDisplayDriver>());
        var site = Orchard.Site();
        var updater = Orchard.Post<ChatWordingSettingsViewModel>(m => m.Cultures =
            [new ChatCultureWordingViewModel { Culture = postedCulture, EndOfChatMessage = "Saved on an invariant server." }]);

        await driver.UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.True(updater.Object.ModelState.IsValid);
        Assert.Equal("Saved on an invariant server.", site.Settings<ChatWordingSettings>().Cultures[""].EndOfChatMessage);
    }

    [Fact]
    public async Task Wording_of_cultures_the_site_dropped_is_kept_when_the_others_are_saved()
    {
        var site = SiteWithWording();
        site.Alter<ChatWordingSettings>(w => w.Cultures["de"] = new ChatWording { EndOfChatMessage = "Der Chat ist beendet." });
        var updater = Orchard.Post<ChatWordingSettingsViewModel>(m => Post(m, ("en-US", "Ended.", null)));

        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        var saved = site.Settings<ChatWordingSettings>();
        Assert.Equal("Der Chat ist beendet.", saved.Cultures["de"].EndOfChatMessage);
        Assert.Equal("Ended.", saved.Cultures["en-US"].EndOfChatMessage);
    }

    [Fact]
    public async Task A_too_long_message_in_one_culture_saves_nothing_and_is_reported_on_that_cultures_field()
    {
        var site = SiteWithWording();
        var before = site.Properties.ToJsonString();
        var updater = Orchard.Post<ChatWordingSettingsViewModel>(m => Post(m,
            ("en-US", "Fine.", "Fine"),
            ("fr", new string('x', 501), null)));
        var context = Orchard.Update(Group, updater.Object);

        var result = await Driver().UpdateEditorAsync(site, context);

        Assert.Equal(before, site.Properties.ToJsonString());
        var failed = Assert.Single(updater.Object.ModelState, e => e.Value!.Errors.Count > 0);
        Assert.Equal($"{Prefix}.Cultures[1].EndOfChatMessage", failed.Key);
        var model = await Orchard.EditorModelAsync<ChatWordingSettingsViewModel>(result, context);
        Assert.Equal(new string('x', 501), model.Cultures.Single(c => c.Culture == "fr").EndOfChatMessage);
    }

    [Fact]
    public async Task A_too_long_label_saves_nothing_and_is_reported_on_that_field()
    {
        var site = SiteWithWording();
        var before = site.Properties.ToJsonString();
        var updater = Orchard.Post<ChatWordingSettingsViewModel>(m =>
        {
            Post(m, ("en-US", null, null));
            m.Cultures[0].DismissLabel = new string('x', 81);
        });

        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.Equal(before, site.Properties.ToJsonString());
        Assert.Equal($"{Prefix}.Cultures[0].DismissLabel", Assert.Single(updater.Object.ModelState, e => e.Value!.Errors.Count > 0).Key);
    }

    [Fact]
    public async Task Control_characters_in_a_label_save_nothing()
    {
        var site = SiteWithWording();
        var before = site.Properties.ToJsonString();
        var updater = Orchard.Post<ChatWordingSettingsViewModel>(m =>
        {
            Post(m, ("en-US", null, null));
            m.Cultures[0].LauncherLabel = "Chat\u0001";
        });

        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.Equal(before, site.Properties.ToJsonString());
        Assert.Equal($"{Prefix}.Cultures[0].LauncherLabel", Assert.Single(updater.Object.ModelState, e => e.Value!.Errors.Count > 0).Key);
    }

    [Fact]
    public async Task An_incomplete_deployment_does_not_block_the_wording_page()
    {
        var site = Orchard.Site();
        var updater = Orchard.Post<ChatWordingSettingsViewModel>(m => Post(m, ("en-US", "Ended.", null)));

        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.True(updater.Object.ModelState.IsValid);
        Assert.Equal("Ended.", site.Settings<ChatWordingSettings>().Cultures["en-US"].EndOfChatMessage);
        Assert.False(site.Has<ChatDeploymentSettings>());
    }

    [Fact]
    public async Task Markup_is_stored_as_typed_for_the_renderer_to_encode()
    {
        var site = SiteWithWording();
        var updater = Orchard.Post<ChatWordingSettingsViewModel>(m => Post(m, ("en-US", "<b>Bye</b> & \"thanks\"", null)));

        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.Equal("<b>Bye</b> & \"thanks\"", site.Settings<ChatWordingSettings>().Cultures["en-US"].EndOfChatMessage);
    }
}
