using System.Text.Json.Nodes;
using ChatReset.Module.Drivers;
using ChatReset.Module.Settings;
using ChatReset.Module.ViewModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Moq;
using OrchardCore.DisplayManagement;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.DisplayManagement.ModelBinding;
using OrchardCore.Entities;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests;

public sealed class ChatDeploymentSettingsDisplayDriverTests
{
    private const string Group = ChatResetConstants.SettingsGroups.Deployment;
    private const string Prefix = "ISite.ChatDeploymentSettings";

    private static IDisplayDriver<ISite> Driver(bool canManage = true, bool forceProductionMode = false)
        => new ChatDeploymentSettingsDisplayDriver(
            Orchard.SignedInUser(),
            canManage ? Orchard.Authorize(ChatResetPermissions.ManageChatDeployment) : Orchard.Authorize(ChatResetPermissions.EditChatWording),
            Orchard.Shell(forceProductionMode));

    private static ISite SiteWith(ChatDeploymentSettings settings)
    {
        var site = Orchard.Site();
        site.Put(settings);
        return site;
    }

    private static async Task<ChatDeploymentSettingsViewModel> EditorAsync(ISite site, bool forceProductionMode = false)
    {
        var context = Orchard.Edit(Group);
        return await Orchard.EditorModelAsync<ChatDeploymentSettingsViewModel>(
            await Driver(forceProductionMode: forceProductionMode).BuildEditorAsync(site, context), context);
    }

    private static void PostValid(ChatDeploymentSettingsViewModel model)
    {
        model.OrgId = Valid.OrgId;
        model.DeploymentApiName = Valid.DeploymentApiName;
        model.SiteUrl = Valid.SiteUrl;
        model.Scrt2Url = Valid.Scrt2Url;
        model.Language = "fr";
        model.ProductionMode = true;
        model.LoadOnInteraction = true;
    }

    [Fact]
    public async Task Editor_shows_the_stored_deployment()
    {
        var stored = Valid.Deployment();
        stored.LoadOnInteraction = true;

        var model = await EditorAsync(SiteWith(stored));

        Assert.Equal(Valid.OrgId, model.OrgId);
        Assert.Equal(Valid.DeploymentApiName, model.DeploymentApiName);
        Assert.Equal(Valid.SiteUrl, model.SiteUrl);
        Assert.Equal(Valid.Scrt2Url, model.Scrt2Url);
        Assert.Equal("en_US", model.Language);
        Assert.True(model.ProductionMode);
        Assert.True(model.LoadOnInteraction);
        Assert.False(model.ProductionModeForced);
    }

    [Fact]
    public async Task Stored_settings_that_break_the_rules_are_marked_field_by_field_when_the_page_opens()
    {
        // What Orchard's generic "settings" step or a deployment-plan import can store without asking ChatReset.
        var stored = Valid.Deployment();
        stored.SiteUrl = "not a url";
        stored.BootstrapUrl = "/media/uploads/bootstrap.js";
        var updater = new Mock<IUpdateModel>();
        updater.SetupGet(u => u.ModelState).Returns(new ModelStateDictionary());
        var context = new BuildEditorContext(Mock.Of<IShape>(), Group, false, "", Mock.Of<IShapeFactory>(), null!, updater.Object);

        var model = await Orchard.EditorModelAsync<ChatDeploymentSettingsViewModel>(
            await Driver().BuildEditorAsync(SiteWith(stored), context), context);

        Assert.True(model.StoredSettingsInvalid);
        Assert.Equal(
            [$"{Prefix}.SiteUrl", $"{Prefix}.BootstrapUrl"],
            updater.Object.ModelState.Where(e => e.Value!.Errors.Count > 0).Select(e => e.Key));
    }

    [Fact]
    public async Task Editor_of_a_new_site_has_production_mode_on()
    {
        var model = await EditorAsync(Orchard.Site());

        Assert.Null(model.OrgId);
        Assert.True(model.ProductionMode);
    }

    [Fact]
    public async Task Editor_says_when_the_host_forces_production_mode()
    {
        var model = await EditorAsync(Orchard.Site(), forceProductionMode: true);

        Assert.True(model.ProductionModeForced);
    }

    [Fact]
    public async Task Users_without_ManageChatDeployment_get_no_editor()
    {
        Assert.Null(await Driver(canManage: false).BuildEditorAsync(SiteWith(Valid.Deployment()), Orchard.Edit(Group)));
    }

    [Fact]
    public async Task Valid_post_is_saved_trimmed()
    {
        var site = Orchard.Site();
        var updater = Orchard.Post<ChatDeploymentSettingsViewModel>(model =>
        {
            PostValid(model);
            model.OrgId = $"  {Valid.OrgId}\t";
            model.BootstrapUrl = "   ";
        });

        var result = await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.NotNull(result);
        Assert.True(updater.Object.ModelState.IsValid);
        var saved = site.Settings<ChatDeploymentSettings>();
        Assert.Equal(Valid.OrgId, saved.OrgId);
        Assert.Equal(Valid.DeploymentApiName, saved.DeploymentApiName);
        Assert.Equal(Valid.SiteUrl, saved.SiteUrl);
        Assert.Equal(Valid.Scrt2Url, saved.Scrt2Url);
        Assert.Equal("fr", saved.Language);
        Assert.Null(saved.BootstrapUrl);
        Assert.True(saved.LoadOnInteraction);
        updater.Verify(u => u.TryUpdateModelAsync(It.IsAny<ChatDeploymentSettingsViewModel>(), Prefix), Times.Once);
    }

    [Fact]
    public async Task Turning_production_mode_off_is_saved()
    {
        var site = SiteWith(Valid.Deployment());
        var updater = Orchard.Post<ChatDeploymentSettingsViewModel>(model =>
        {
            PostValid(model);
            model.ProductionMode = false;
        });

        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.False(site.Settings<ChatDeploymentSettings>().ProductionMode);
    }

    [Theory]
    [InlineData("OrgId", "123")]
    [InlineData("OrgId", "001000000000001")]
    [InlineData("DeploymentApiName", "My deployment!")]
    [InlineData("SiteUrl", "http://evil.example")]
    [InlineData("SiteUrl", "https://evil.example/ESWWeb1700000000000")]
    [InlineData("Scrt2Url", "https://acme.my.salesforce-scrt.com.evil.example")]
    [InlineData("Language", "english please")]
    [InlineData("BootstrapUrl", "//evil.example/bootstrap.js")]
    public async Task Invalid_field_saves_nothing_and_is_reported_on_that_field(string field, string value)
    {
        var stored = Valid.Deployment();
        var site = SiteWith(stored);
        var before = site.Properties.ToJsonString();
        var updater = Orchard.Post<ChatDeploymentSettingsViewModel>(model =>
        {
            PostValid(model);
            typeof(ChatDeploymentSettingsViewModel).GetProperty(field)!.SetValue(model, value);
        });
        var context = Orchard.Update(Group, updater.Object);

        var result = await Driver().UpdateEditorAsync(site, context);

        Assert.Equal(before, site.Properties.ToJsonString());
        var modelState = updater.Object.ModelState;
        Assert.False(modelState.IsValid);
        var error = Assert.Single(Assert.Single(modelState, e => e.Value!.Errors.Count > 0).Value!.Errors);
        Assert.Equal($"{Prefix}.{field}", Assert.Single(modelState, e => e.Value!.Errors.Count > 0).Key);
        Assert.DoesNotContain(value, error.ErrorMessage, StringComparison.Ordinal);

        // The editor comes back with what was typed, so it can be corrected.
        var model = await Orchard.EditorModelAsync<ChatDeploymentSettingsViewModel>(result, context);
        Assert.Equal(value, typeof(ChatDeploymentSettingsViewModel).GetProperty(field)!.GetValue(model));
    }

    [Fact]
    public async Task Empty_required_fields_save_nothing_and_are_each_reported()
    {
        var site = SiteWith(Valid.Deployment());
        var updater = Orchard.Post<ChatDeploymentSettingsViewModel>(model => model.Language = "en_US");

        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.Equal(Valid.OrgId, site.Settings<ChatDeploymentSettings>().OrgId);
        Assert.Equal(
            new[] { "OrgId", "DeploymentApiName", "SiteUrl", "Scrt2Url" }.Select(f => $"{Prefix}.{f}").Order(StringComparer.Ordinal),
            updater.Object.ModelState.Where(e => e.Value!.Errors.Count > 0).Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_binding_failure_saves_nothing()
    {
        var site = SiteWith(Valid.Deployment());
        var updater = Orchard.Post<ChatDeploymentSettingsViewModel>(PostValid);
        updater.Object.ModelState.AddModelError($"{Prefix}.ProductionMode", "The value 'maybe' is not valid.");

        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.Equal("en_US", site.Settings<ChatDeploymentSettings>().Language);
    }

    [Fact]
    public async Task Invalid_stored_wording_does_not_block_the_deployment_page()
    {
        var site = Orchard.Site();
        site.Put(new ChatWordingSettings { Cultures = { ["en-US"] = new ChatWording { RestartLabel = new string('x', 5000) } } });
        var updater = Orchard.Post<ChatDeploymentSettingsViewModel>(PostValid);

        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.True(updater.Object.ModelState.IsValid);
        Assert.Equal(Valid.OrgId, site.Settings<ChatDeploymentSettings>().OrgId);
    }

    [Fact]
    public async Task Users_without_ManageChatDeployment_save_nothing()
    {
        var site = SiteWith(Valid.Deployment());
        var before = site.Properties.ToJsonString();
        var updater = Orchard.Post<ChatDeploymentSettingsViewModel>(model =>
        {
            PostValid(model);
            model.OrgId = "00D000000000001";
        });

        var result = await Driver(canManage: false).UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.Null(result);
        Assert.Equal(before, site.Properties.ToJsonString());
        updater.Verify(u => u.TryUpdateModelAsync(It.IsAny<ChatDeploymentSettingsViewModel>(), It.IsAny<string>()), Times.Never);
    }

    [Fact]
    public async Task Anonymous_requests_save_nothing()
    {
        var site = SiteWith(Valid.Deployment());
        var before = site.Properties.ToJsonString();
        var driver = new ChatDeploymentSettingsDisplayDriver(
            new Microsoft.AspNetCore.Http.HttpContextAccessor(),
            Orchard.Authorize(ChatResetPermissions.ManageChatDeployment),
            Orchard.Shell());
        var updater = Orchard.Post<ChatDeploymentSettingsViewModel>(PostValid);

        Assert.Null(await ((IDisplayDriver<ISite>)driver).UpdateEditorAsync(site, Orchard.Update(Group, updater.Object)));
        Assert.Equal(before, site.Properties.ToJsonString());
    }
}
