using System.Text.Json.Nodes;
using ChatReset.Module.Recipes;
using ChatReset.Module.Settings;
using Moq;
using OrchardCore.Entities;
using OrchardCore.Recipes.Models;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests;

public sealed class ChatResetSettingsStepTests
{
    private const string ValidStep = """
        {
          "name": "ChatResetSettings",
          "ChatDeploymentSettings": {
            "OrgId": " 00D5g000004XyZa ",
            "DeploymentApiName": "ESA_Web_Deployment",
            "SiteUrl": "https://acme.my.site.com/ESWWeb1700000000000",
            "Scrt2Url": "https://acme.my.salesforce-scrt.com",
            "ProductionMode": false
          },
          "ChatWordingSettings": { "Cultures": { "fr": { "EndOfChatMessage": "Terminé." } } }
        }
        """;

    private static (ChatResetSettingsStep Step, Mock<ISiteService> SiteService, ISite Site) Create()
    {
        var site = Orchard.Site();
        var siteService = new Mock<ISiteService>();
        siteService.Setup(s => s.LoadSiteSettingsAsync()).ReturnsAsync(site);
        return (new ChatResetSettingsStep(siteService.Object, Orchard.Shell()), siteService, site);
    }

    private static RecipeExecutionContext Context(string json, Action<JsonObject>? change = null)
    {
        var step = JsonNode.Parse(json)!.AsObject();
        change?.Invoke(step);
        return new RecipeExecutionContext { Name = step["name"]!.GetValue<string>(), Step = step };
    }

    [Fact]
    public async Task A_valid_step_stores_both_settings_trimmed()
    {
        var (step, siteService, site) = Create();
        var context = Context(ValidStep);

        await step.ExecuteAsync(context);

        Assert.Empty(context.Errors);
        siteService.Verify(s => s.UpdateSiteSettingsAsync(site), Times.Once);
        var deployment = site.Settings<ChatDeploymentSettings>();
        Assert.Equal(Valid.OrgId, deployment.OrgId);
        Assert.False(deployment.ProductionMode);
        Assert.Equal("Terminé.", site.Settings<ChatWordingSettings>().Cultures["fr"].EndOfChatMessage);
    }

    [Fact]
    public async Task The_wording_of_the_cultures_a_step_names_replaces_theirs_and_other_cultures_keep_theirs()
    {
        // The same rule as the Chat Wording page.
        var (step, _, site) = Create();
        site.Put(new ChatWordingSettings
        {
            Cultures =
            {
                ["en-US"] = new ChatWording { EndOfChatMessage = "Ended.", RestartLabel = "Again" },
                ["FR"] = new ChatWording { EndOfChatMessage = "Fini.", DismissLabel = "Fermer" },
            },
        });
        var context = Context("""{ "name": "ChatResetSettings", "ChatWordingSettings": { "Cultures": { "fr": { "EndOfChatMessage": "Terminé." } } } }""");

        await step.ExecuteAsync(context);

        Assert.Empty(context.Errors);
        var wording = site.Settings<ChatWordingSettings>();
        Assert.Equal(["en-US", "fr"], wording.Cultures.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Again", wording.Cultures["en-US"].RestartLabel);
        Assert.Equal("Terminé.", wording.Cultures["fr"].EndOfChatMessage);
        Assert.Null(wording.Cultures["fr"].DismissLabel);
    }

    [Fact]
    public async Task A_local_bootstrap_path_the_host_does_not_allow_fails_the_step()
    {
        var (step, siteService, site) = Create();
        var context = Context(ValidStep, s => s[nameof(ChatDeploymentSettings)]!["BootstrapUrl"] = "/media/uploads/bootstrap.js");

        await step.ExecuteAsync(context);

        Assert.Contains(context.Errors, e => e.Contains("BootstrapUrl", StringComparison.Ordinal));
        siteService.Verify(s => s.UpdateSiteSettingsAsync(It.IsAny<ISite>()), Times.Never);
        Assert.False(site.Properties.ContainsKey(nameof(ChatDeploymentSettings)));
    }

    [Fact]
    public async Task A_wording_only_step_keeps_the_stored_deployment()
    {
        var (step, _, site) = Create();
        site.Put(Valid.Deployment());
        var context = Context(ValidStep, s => s.Remove(nameof(ChatDeploymentSettings)));

        await step.ExecuteAsync(context);

        Assert.Empty(context.Errors);
        Assert.True(site.Settings<ChatDeploymentSettings>().ProductionMode);
        Assert.Equal("Terminé.", site.Settings<ChatWordingSettings>().Cultures["fr"].EndOfChatMessage);
    }

    [Fact]
    public async Task An_invalid_value_fails_the_step_with_a_message_per_field_and_stores_nothing()
    {
        var (step, siteService, site) = Create();
        var context = Context(ValidStep, s =>
        {
            s[nameof(ChatDeploymentSettings)]!["SiteUrl"] = "http://evil.example";
            s[nameof(ChatWordingSettings)]!["Cultures"]!["fr"]!["RestartLabel"] = new string('x', 81);
        });

        await step.ExecuteAsync(context);

        Assert.Equal(2, context.Errors.Count);
        Assert.Contains(context.Errors, e => e.Contains("SiteUrl", StringComparison.Ordinal));
        Assert.Contains(context.Errors, e => e.Contains("culture fr", StringComparison.Ordinal) && e.Contains("RestartLabel", StringComparison.Ordinal));
        Assert.DoesNotContain(context.Errors, e => e.Contains("evil.example", StringComparison.Ordinal));
        Assert.Empty(site.Properties);
        siteService.Verify(s => s.UpdateSiteSettingsAsync(It.IsAny<ISite>()), Times.Never);
    }

    [Theory]
    [InlineData("""{ "name": "ChatResetSettings" }""")]
    [InlineData("""{ "name": "ChatResetSettings", "ChatDeploymentSettings": "00D5g000004XyZa" }""")]
    [InlineData("""{ "name": "ChatResetSettings", "ChatDeploymentSettings": { "ProductionMode": "sometimes" } }""")]
    [InlineData("""{ "name": "ChatResetSettings", "ChatWordingSettings": { "Cultures": { "not a culture!": { "RestartLabel": "Go" } } } }""")]
    [InlineData("""{ "name": "ChatResetSettings", "ChatWordingSettings": { "Cultures": { "fr": { "RestartLabel": "Go" }, "FR": { "RestartLabel": "Va" } } } }""")]
    public async Task A_malformed_step_fails_and_stores_nothing(string json)
    {
        var (step, siteService, site) = Create();
        var context = Context(json);

        await step.ExecuteAsync(context);

        Assert.NotEmpty(context.Errors);
        Assert.Empty(site.Properties);
        siteService.Verify(s => s.UpdateSiteSettingsAsync(It.IsAny<ISite>()), Times.Never);
    }

    [Fact]
    public async Task Other_steps_are_ignored()
    {
        var (step, siteService, _) = Create();
        var context = Context(ValidStep, s => s["name"] = "settings");

        await step.ExecuteAsync(context);

        Assert.Empty(context.Errors);
        siteService.Verify(s => s.LoadSiteSettingsAsync(), Times.Never);
    }
}
