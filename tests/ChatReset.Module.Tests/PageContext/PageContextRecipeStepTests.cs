using System.Text.Json.Nodes;
using ChatReset.Module.PageContext;
using ChatReset.Module.Recipes;
using ChatReset.Module.Settings;
using Moq;
using OrchardCore.Recipes.Models;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests.PageContext;

/// <summary>The hidden pre-chat field mapping in ChatReset's own recipe step: checked like the settings page, all or nothing.</summary>
public sealed class PageContextRecipeStepTests
{
    private static async Task<(RecipeExecutionContext Context, Mock<ISiteService> SiteService, OrchardCore.Settings.ISite Site)> RunAsync(string rows)
    {
        var site = Orchard.Site();
        var siteService = new Mock<ISiteService>();
        siteService.Setup(s => s.LoadSiteSettingsAsync()).ReturnsAsync(site);
        var step = new ChatResetSettingsStep(siteService.Object, Orchard.Shell());
        var context = new RecipeExecutionContext
        {
            Name = ChatResetSettingsStep.StepName,
            Step = JsonNode.Parse($$"""{ "name": "ChatResetSettings", "ChatPageContextSettings": { "HiddenPrechatFields": {{rows}} } }""")!.AsObject(),
        };

        await step.ExecuteAsync(context);
        return (context, siteService, site);
    }

    [Fact]
    public async Task The_mapping_alone_is_stored_as_the_settings_page_stores_it()
    {
        var (context, siteService, site) = await RunAsync("""
            [ { "Name": " Page_URL ", "Source": "pageurl" },
              { "Name": "Website", "Source": "FixedValue", "Value": "Acme", "MaxLength": 40 } ]
            """);

        Assert.Empty(context.Errors);
        siteService.Verify(s => s.UpdateSiteSettingsAsync(site), Times.Once);
        Assert.Equal(
            [("Page_URL", "PageUrl", (string?)null), ("Website", "FixedValue", "Acme")],
            site.Settings<ChatPageContextSettings>().HiddenPrechatFields.Select(f => (f.Name, f.Source, f.Value)));
    }

    [Fact]
    public async Task A_bad_row_fails_the_step_with_a_message_per_problem_and_stores_nothing()
    {
        var (context, siteService, site) = await RunAsync("""
            [ { "Name": "Page_URL", "Source": "PageUrl" }, { "Name": "page_url", "Source": "Referrer" } ]
            """);

        Assert.Equal(
            [
                "ChatResetSettings: Hidden pre-chat field, row 2: the field name (Name) is already used by an earlier row (case does not matter). Map each field once.",
                "ChatResetSettings: Hidden pre-chat field, row 2: the source (Source) must be one of PageUrl, PageTitle, Culture, ContentType, ContentItemId, LayerZone, FixedValue.",
            ],
            context.Errors);
        Assert.Empty(site.Properties);
        siteService.Verify(s => s.UpdateSiteSettingsAsync(It.IsAny<OrchardCore.Settings.ISite>()), Times.Never);
    }

    [Fact]
    public async Task A_mapping_of_the_wrong_shape_fails_the_step()
    {
        var (context, _, site) = await RunAsync("\"Page_URL\"");

        Assert.NotEmpty(context.Errors);
        Assert.Empty(site.Properties);
    }
}
