using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatReset.Module.Drivers;
using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using ChatReset.Module.ViewModels;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.Entities;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests;

/// <summary>
/// The settings travel between sites as Orchard's deployment plans write them and its "settings" recipe step reads
/// them. Both are emulated here as Orchard does them:
/// export — OrchardCore.Settings.Core/Deployment/SiteSettingsPropertyDeploymentSource.cs: a "Settings" step with
/// one property per settings class, <c>JObject.FromObject(site.As&lt;T&gt;())</c>;
/// import — OrchardCore.Settings/Recipes/SettingsStep.cs: every unknown key is stored verbatim in site.Properties.
/// </summary>
public sealed class SettingsRecipeAndDeploymentTests
{
    // The recipe step documented in src/ChatReset.Module/README.md.
    private const string RecipeStep = """
        {
          "name": "settings",
          "ChatDeploymentSettings": {
            "OrgId": "00D5g000004XyZa",
            "DeploymentApiName": "ESA_Web_Deployment",
            "SiteUrl": "https://acme.my.site.com/ESWWeb1700000000000",
            "Scrt2Url": "https://acme.my.salesforce-scrt.com",
            "Language": "en_US",
            "ProductionMode": true,
            "LoadOnInteraction": false
          },
          "ChatWordingSettings": {
            "Cultures": {
              "en-US": { "EndOfChatMessage": "Our agent has ended this chat.", "RestartLabel": "Start a new chat" },
              "fr": { "EndOfChatMessage": "Notre conseiller a terminé la conversation." }
            }
          }
        }
        """;

    private static JsonObject Export(ISite site) => new()
    {
        ["name"] = "Settings",
        [nameof(ChatDeploymentSettings)] = JsonSerializer.SerializeToNode(site.Settings<ChatDeploymentSettings>()),
        [nameof(ChatWordingSettings)] = JsonSerializer.SerializeToNode(site.Settings<ChatWordingSettings>()),
    };

    private static ISite Import(JsonObject step)
    {
        var site = Orchard.Site();
        foreach (var (key, value) in step)
        {
            if (!string.Equals(key, "name", StringComparison.OrdinalIgnoreCase))
            {
                site.Properties[key] = value?.DeepClone();
            }
        }

        return site;
    }

    private static Task<ChatResetSiteOptionsResult> OptionsAsync(ISite site, string culture)
        => Orchard.SiteOptions(site).GetAsync(CultureInfo.GetCultureInfo(culture));

    [Fact]
    public async Task The_documented_recipe_step_configures_the_chat()
    {
        var site = Import(JsonNode.Parse(RecipeStep)!.AsObject());

        var english = (await OptionsAsync(site, "en-US")).Options!;
        var french = (await OptionsAsync(site, "fr")).Options!;

        Assert.Equal(Valid.OrgId, english.OrgId);
        Assert.Equal(Valid.Scrt2Url, english.Scrt2Url);
        Assert.Equal("Our agent has ended this chat.", english.EndOfChatMessage);
        Assert.Equal("Notre conseiller a terminé la conversation.", french.EndOfChatMessage);
        Assert.Equal("Start a new chat", french.RestartLabel);
    }

    [Fact]
    public async Task Settings_saved_on_one_site_arrive_unchanged_on_another()
    {
        // Configure the source site through its settings pages, as an administrator would.
        var source = Orchard.Site();
        var user = Orchard.SignedInUser();
        var authorize = Orchard.Authorize(ChatResetPermissions.ManageChatDeployment, ChatResetPermissions.EditChatWording);
        IDisplayDriver<ISite> deploymentDriver = new ChatDeploymentSettingsDisplayDriver(user, authorize, Orchard.Shell());
        IDisplayDriver<ISite> wordingDriver = new ChatWordingSettingsDisplayDriver(user, authorize, Orchard.Cultures("en-US", "fr"), new PassThroughLocalizer<ChatWordingSettingsDisplayDriver>());
        await deploymentDriver.UpdateEditorAsync(source, Orchard.Update(ChatResetConstants.SettingsGroups.Deployment,
            Orchard.Post<ChatDeploymentSettingsViewModel>(m =>
            {
                m.OrgId = Valid.OrgId;
                m.DeploymentApiName = Valid.DeploymentApiName;
                m.SiteUrl = Valid.SiteUrl;
                m.Scrt2Url = Valid.Scrt2Url;
                m.Language = "fr";
                m.ProductionMode = false;
                m.LoadOnInteraction = true;
            }).Object));
        await wordingDriver.UpdateEditorAsync(source, Orchard.Update(ChatResetConstants.SettingsGroups.Wording,
            Orchard.Post<ChatWordingSettingsViewModel>(m => m.Cultures =
            [
                new ChatCultureWordingViewModel { Culture = "en-US", EndOfChatMessage = "Ended.", DismissLabel = "Close it" },
                new ChatCultureWordingViewModel { Culture = "fr", EndOfChatMessage = "Terminé." },
            ]).Object));

        var exported = Export(source).ToJsonString();
        var target = Import(JsonNode.Parse(exported)!.AsObject());

        foreach (var culture in new[] { "en-US", "fr" })
        {
            var expected = (await OptionsAsync(source, culture)).Options;
            Assert.NotNull(expected);
            Assert.Equal(expected, (await OptionsAsync(target, culture)).Options);
        }

        Assert.Equal("Terminé.", (await OptionsAsync(target, "fr")).Options!.EndOfChatMessage);
        Assert.False((await OptionsAsync(target, "en-US")).Options!.ProductionMode);
    }

    [Fact]
    public void The_stored_JSON_uses_the_property_names_recipes_write()
    {
        var site = Orchard.Site();
        site.Put(Valid.Deployment());
        site.Put(new ChatWordingSettings { Cultures = { ["fr"] = new ChatWording { RestartLabel = "Recommencer" } } });

        var deployment = site.Properties[nameof(ChatDeploymentSettings)]!.AsObject();
        Assert.Equal(Valid.OrgId, deployment["OrgId"]!.GetValue<string>());
        Assert.True(deployment["ProductionMode"]!.GetValue<bool>());
        Assert.Equal("Recommencer", site.Properties[nameof(ChatWordingSettings)]!["Cultures"]!["fr"]!["RestartLabel"]!.GetValue<string>());
    }
}
