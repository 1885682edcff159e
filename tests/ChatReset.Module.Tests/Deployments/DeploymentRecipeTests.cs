using System.Text.Json;
using System.Text.Json.Nodes;
using ChatReset.Module.Recipes;
using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using Moq;
using OrchardCore.Entities;
using OrchardCore.Recipes.Models;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests.Deployments;

/// <summary>The <c>ChatResetSettings</c> step and deployment plans with several deployments; wording per deployment.</summary>
public sealed class DeploymentRecipeTests
{
    private static string Fields(string apiName, string language = "en_US") => $$"""
        "OrgId": "{{Valid.OrgId}}", "DeploymentApiName": "{{apiName}}", "SiteUrl": "{{Valid.SiteUrl}}",
        "Scrt2Url": "{{Valid.Scrt2Url}}", "Language": "{{language}}"
        """;

    private static async Task<(RecipeExecutionContext Context, ISite Site, Mock<ISiteService> SiteService)> RunAsync(string deployments, string wording = "")
    {
        var site = Orchard.Site();
        var stored = Valid.Deployment();
        stored.Deployments = [new NamedChatDeployment { Name = "Stored", Cultures = ["de"] }];
        site.Put(stored);
        var siteService = new Mock<ISiteService>();
        siteService.Setup(s => s.LoadSiteSettingsAsync()).ReturnsAsync(site);
        var step = JsonNode.Parse($$"""
            { "name": "ChatResetSettings",
              "ChatDeploymentSettings": { {{Fields("English_Web")}}, "Deployments": [ {{deployments}} ] } {{wording}} }
            """)!.AsObject();
        var context = new RecipeExecutionContext { Name = "ChatResetSettings", Step = step };
        await new ChatResetSettingsStep(siteService.Object, Orchard.Shell()).ExecuteAsync(context);
        return (context, site, siteService);
    }

    [Fact]
    public async Task A_step_with_two_deployments_and_their_wording_stores_them_cleaned_replacing_the_stored_list()
    {
        var (context, site, _) = await RunAsync(
            $$"""
            { "Name": " French ", "Cultures": [ " fr ", "fr-CA" ], {{Fields("French_Web", "fr")}} },
            { "Name": "Support", "PathPrefixes": [ "/support" ], "Layers": [ "Support pages" ], "VerifiedChat": true, {{Fields("Support_Web")}} }
            """,
            """, "ChatWordingSettings": { "Deployments": { "French": { "Cultures": { "fr": { "EndOfChatMessage": "Terminé." } } } } }""");

        Assert.Empty(context.Errors);
        var deployments = site.Settings<ChatDeploymentSettings>().Deployments;
        Assert.Equal(["French", "Support"], deployments.Select(d => d.Name));
        Assert.Equal(["fr", "fr-CA"], deployments[0].Cultures);
        Assert.Equal(["/support"], deployments[1].PathPrefixes);
        Assert.Equal(["Support pages"], deployments[1].Layers);
        Assert.True(deployments[1].VerifiedChat);
        var wording = site.Settings<ChatWordingSettings>();
        Assert.Equal("Terminé.", ChatWordingByCulture.For(wording, "fr-CA", "en-US", "French").EndOfChatMessage);
        Assert.Equal(ChatReset.Core.ChatResetOptions.DefaultEndOfChatMessage, ChatWordingByCulture.For(wording, "fr-CA", "en-US").EndOfChatMessage);
    }

    [Fact]
    public async Task A_bad_deployment_fails_the_step_naming_it_and_nothing_is_stored()
    {
        var (context, site, siteService) = await RunAsync($$"""
            { "Name": "French", "Cultures": [ "fr" ], {{Fields("French_Web", "fr")}} },
            { "Name": "Broken", "PathPrefixes": [ "support" ], {{Fields("Broken Web")}} }
            """);

        Assert.Equal(2, context.Errors.Count);
        Assert.All(context.Errors, error => Assert.StartsWith("ChatResetSettings: Deployment Broken (row 2): ", error, StringComparison.Ordinal));
        Assert.Contains(context.Errors, error => error.Contains("Path prefixes", StringComparison.Ordinal));
        Assert.Contains(context.Errors, error => error.Contains("(DeploymentApiName)", StringComparison.Ordinal));
        siteService.Verify(s => s.UpdateSiteSettingsAsync(It.IsAny<ISite>()), Times.Never);
        Assert.Equal(["Stored"], site.Settings<ChatDeploymentSettings>().Deployments.Select(d => d.Name));
    }

    [Fact]
    public async Task Wording_for_a_deployment_the_site_does_not_have_fails_the_step()
    {
        var (context, _, siteService) = await RunAsync(
            $$"""{ "Name": "French", "Cultures": [ "fr" ], {{Fields("French_Web", "fr")}} }""",
            """, "ChatWordingSettings": { "Deployments": { "Spanish": { "Cultures": { "es": { "EndOfChatMessage": "Fin." } } } } }""");

        Assert.Contains("names a deployment the site does not have", Assert.Single(context.Errors), StringComparison.Ordinal);
        siteService.Verify(s => s.UpdateSiteSettingsAsync(It.IsAny<ISite>()), Times.Never);
    }

    [Fact]
    public void A_deployment_plan_carries_every_deployment_in_the_stored_JSON_and_reads_it_back()
    {
        // Plans export the section as stored (Orchard's site settings property step) and the settings step stores it back.
        var stored = Valid.Deployment();
        stored.Deployments = [new NamedChatDeployment { Name = "French", Cultures = ["fr"], DeploymentApiName = "French_Web", VerifiedChat = true }];

        var json = JsonSerializer.SerializeToNode(stored)!.AsObject();
        var read = json.Deserialize<ChatDeploymentSettings>()!;

        Assert.Equal(Valid.DeploymentApiName, json["DeploymentApiName"]!.GetValue<string>());
        Assert.Equal("French_Web", json["Deployments"]![0]!["DeploymentApiName"]!.GetValue<string>());
        Assert.Equal(("French", "fr", true), (read.Deployments[0].Name, read.Deployments[0].Cultures[0], read.Deployments[0].VerifiedChat));
    }

    [Theory]
    [InlineData("fr-CA", "French", "Québec.")]
    [InlineData("fr-FR", "French", "Déploiement.")]
    [InlineData("fr-FR", null, "Site.")]
    [InlineData("de", "French", "Site en.")]
    public void Wording_looks_up_the_deployment_and_culture_then_its_parents_then_the_sites_wording(string culture, string? deployment, string expected)
    {
        var settings = new ChatWordingSettings
        {
            Cultures = { ["en-US"] = new ChatWording { EndOfChatMessage = "Site en." }, ["fr"] = new ChatWording { EndOfChatMessage = "Site." } },
            Deployments =
            {
                ["french"] = new ChatDeploymentWording
                {
                    Cultures = { ["fr"] = new ChatWording { EndOfChatMessage = "Déploiement." }, ["fr-CA"] = new ChatWording { EndOfChatMessage = "Québec." } },
                },
            },
        };

        Assert.Equal(expected, ChatWordingByCulture.For(settings, culture, "en-US", deployment).EndOfChatMessage);
    }
}
