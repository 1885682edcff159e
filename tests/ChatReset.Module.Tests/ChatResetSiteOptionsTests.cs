using System.Globalization;
using ChatReset.Core;
using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using Moq;
using OrchardCore.Entities;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests;

public sealed class ChatResetSiteOptionsTests
{
    private static ChatResetSiteOptions Service(ISite site, bool forceProductionMode = false, string defaultCulture = "en-US")
        => Orchard.SiteOptions(site, defaultCulture, forceProductionMode);

    [Fact]
    public async Task Settings_are_resolved_once_per_settings_change_and_culture_not_per_request()
    {
        var cache = new ChatResetSiteOptionsCache();
        var site = Site(Valid.Deployment(), Wording());
        var english = CultureInfo.GetCultureInfo("en-US");

        // Two requests (two scoped services) while Orchard serves the same cached site settings.
        var first = await Orchard.SiteOptions(site, cache: cache).GetAsync(english);
        var second = await Orchard.SiteOptions(site, cache: cache).GetAsync(english);
        var french = await Orchard.SiteOptions(site, cache: cache).GetAsync(CultureInfo.GetCultureInfo("fr"));

        Assert.Same(first, second);
        Assert.Equal("La conversation est terminée.", french.Options!.EndOfChatMessage);

        // A settings change gives a new site instance, and the change reaches the next request.
        var changed = Site(Valid.Deployment(), new ChatWordingSettings { Cultures = { ["en-US"] = new ChatWording { EndOfChatMessage = "Changed." } } });
        Assert.Equal("Changed.", (await Orchard.SiteOptions(changed, cache: cache).GetAsync(english)).Options!.EndOfChatMessage);
    }

    [Fact]
    public async Task A_local_bootstrap_the_host_does_not_allow_keeps_the_chat_off_the_page()
    {
        var deployment = Valid.Deployment();
        deployment.BootstrapUrl = "/media/uploads/bootstrap.js";

        var result = await Orchard.SiteOptions(Site(deployment), allowedLocalBootstrapPath: "/simulated/bootstrap.js")
            .GetAsync(CultureInfo.GetCultureInfo("en-US"));

        Assert.Null(result.Options);
        Assert.Equal("BootstrapUrl", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task On_a_server_without_a_culture_the_wording_stored_for_the_invariant_culture_reaches_visitors()
    {
        var wording = new ChatWordingSettings { Cultures = { [""] = new ChatWording { EndOfChatMessage = "Stored for the invariant culture." } } };

        var result = await Orchard.SiteOptions(Site(Valid.Deployment(), wording), defaultCulture: "").GetAsync(CultureInfo.InvariantCulture);

        Assert.Equal("Stored for the invariant culture.", result.Options!.EndOfChatMessage);
    }

    private static ISite Site(ChatDeploymentSettings? deployment = null, ChatWordingSettings? wording = null)
    {
        var site = Orchard.Site();
        if (deployment is not null)
        {
            site.Put(deployment);
        }

        if (wording is not null)
        {
            site.Put(wording);
        }

        return site;
    }

    private static ChatWordingSettings Wording() => new()
    {
        Cultures =
        {
            ["en-US"] = new ChatWording { EndOfChatMessage = "The agent ended the chat.", RestartLabel = "Chat again", DismissLabel = "OK" },
            ["fr"] = new ChatWording { EndOfChatMessage = "La conversation est terminée.", RestartLabel = "Recommencer" },
        },
    };

    [Fact]
    public async Task A_complete_deployment_gives_the_options_Core_renders()
    {
        var deployment = Valid.Deployment();
        deployment.LoadOnInteraction = true;
        deployment.BootstrapUrl = "/simulated/bootstrap.js";

        var result = await Orchard.SiteOptions(Site(deployment, Wording()), allowedLocalBootstrapPath: "/simulated/bootstrap.js")
            .GetAsync(CultureInfo.GetCultureInfo("en-US"));

        Assert.True(result.IsComplete);
        var options = result.Options!;
        Assert.Equal(Valid.OrgId, options.OrgId);
        Assert.Equal(Valid.DeploymentApiName, options.DeploymentApiName);
        Assert.Equal(Valid.SiteUrl, options.SiteUrl);
        Assert.Equal(Valid.Scrt2Url, options.Scrt2Url);
        Assert.Equal("en_US", options.Language);
        Assert.True(options.LoadOnInteraction);
        Assert.Equal("/simulated/bootstrap.js", options.EffectiveBootstrapUrl);
        Assert.Equal("The agent ended the chat.", options.EndOfChatMessage);
        Assert.Equal("Chat again", options.RestartLabel);
        Assert.Equal("OK", options.DismissLabel);
        Assert.Equal(ChatResetOptions.DefaultLauncherLabel, options.LauncherLabel);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task A_culture_falls_back_field_by_field_to_the_default_culture()
    {
        var options = (await Service(Site(Valid.Deployment(), Wording())).GetAsync(CultureInfo.GetCultureInfo("fr"))).Options!;

        Assert.Equal("La conversation est terminée.", options.EndOfChatMessage);
        Assert.Equal("Recommencer", options.RestartLabel);
        Assert.Equal("OK", options.DismissLabel);
    }

    [Fact]
    public async Task A_regional_culture_uses_its_parent_culture_first()
    {
        var options = (await Service(Site(Valid.Deployment(), Wording())).GetAsync(CultureInfo.GetCultureInfo("fr-CA"))).Options!;

        Assert.Equal("La conversation est terminée.", options.EndOfChatMessage);
    }

    [Fact]
    public async Task A_culture_without_wording_gets_the_default_cultures_wording()
    {
        var options = (await Service(Site(Valid.Deployment(), Wording())).GetAsync(CultureInfo.GetCultureInfo("de-DE"))).Options!;

        Assert.Equal("The agent ended the chat.", options.EndOfChatMessage);
        Assert.Equal("Chat again", options.RestartLabel);
    }

    [Fact]
    public async Task Without_any_wording_the_built_in_text_is_used()
    {
        var options = (await Service(Site(Valid.Deployment())).GetAsync(CultureInfo.GetCultureInfo("fr"))).Options!;

        Assert.Equal(ChatResetOptions.DefaultEndOfChatMessage, options.EndOfChatMessage);
        Assert.Equal(ChatResetOptions.DefaultRestartLabel, options.RestartLabel);
        Assert.Equal(ChatResetOptions.DefaultDismissLabel, options.DismissLabel);
    }

    [Fact]
    public async Task The_current_UI_culture_is_used_by_default()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            var options = (await Service(Site(Valid.Deployment(), Wording())).GetAsync()).Options!;
            Assert.Equal("La conversation est terminée.", options.EndOfChatMessage);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task An_incomplete_deployment_gives_no_options_and_says_what_is_missing()
    {
        var deployment = new ChatDeploymentSettings { OrgId = Valid.OrgId, SiteUrl = "  " };

        var result = await Service(Site(deployment)).GetAsync(CultureInfo.GetCultureInfo("en-US"));

        Assert.False(result.IsComplete);
        Assert.Null(result.Options);
        Assert.Equal(["DeploymentApiName", "SiteUrl", "Scrt2Url"], result.Errors.Select(e => e.Field));
        Assert.All(result.Errors, e => Assert.Contains("is required", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_site_that_was_never_configured_is_missing_everything_required()
    {
        var result = await Service(Orchard.Site()).GetAsync(CultureInfo.GetCultureInfo("en-US"));

        Assert.Null(result.Options);
        Assert.Equal(["OrgId", "DeploymentApiName", "SiteUrl", "Scrt2Url"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Invalid_stored_values_from_a_recipe_give_no_options_and_the_errors()
    {
        var deployment = Valid.Deployment();
        deployment.SiteUrl = "http://evil.example";

        var result = await Service(Site(deployment)).GetAsync(CultureInfo.GetCultureInfo("en-US"));

        Assert.Null(result.Options);
        Assert.Equal("SiteUrl", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task Stored_production_mode_is_used_when_the_host_does_not_force_it()
    {
        var deployment = Valid.Deployment();
        deployment.ProductionMode = false;

        var options = (await Service(Site(deployment)).GetAsync(CultureInfo.GetCultureInfo("en-US"))).Options!;

        Assert.False(options.ProductionMode);
    }

    [Fact]
    public async Task Forced_production_mode_wins_over_the_database()
    {
        var deployment = Valid.Deployment();
        deployment.ProductionMode = false;

        var options = (await Service(Site(deployment), forceProductionMode: true).GetAsync(CultureInfo.GetCultureInfo("en-US"))).Options!;

        Assert.True(options.ProductionMode);
    }
}
