using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatReset.Core;
using ChatReset.Module.Settings;
using ChatReset.Module.Widgets;
using ChatReset.Module.Widgets.Models;

namespace ChatReset.Module.Tests.Recipes;

public sealed class RecipeTests
{
    private const string SetupRecipe = "recipes/chatreset-setup.recipe.json";
    private const string AddChatRecipe = "recipes/chatreset-add-chat.recipe.json";

    // Orchard Core feature ids the recipes enable, each checked against its manifest in OrchardCMS/OrchardCore 2.2 and
    // 3.0 (src/OrchardCore.Themes/TheTheme/Recipes/empty.recipe.json enables all but Rules and Flows;
    // src/OrchardCore.Modules/OrchardCore.Rules/Manifest.cs declares "OrchardCore.Rules",
    // src/OrchardCore.Modules/OrchardCore.Flows/Manifest.cs "OrchardCore.Flows").
    private static readonly HashSet<string> OrchardCoreFeatures =
    [
        "OrchardCore.Admin", "OrchardCore.Features", "OrchardCore.HomeRoute", "OrchardCore.Navigation", "OrchardCore.Recipes",
        "OrchardCore.Resources", "OrchardCore.Roles", "OrchardCore.Settings", "OrchardCore.Themes", "OrchardCore.Users",
        "OrchardCore.Autoroute", "OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.Deployment", "OrchardCore.Flows", "OrchardCore.Html", "OrchardCore.Layers",
        "OrchardCore.Liquid", "OrchardCore.Rules", "OrchardCore.Title", "OrchardCore.Widgets", "TheAdmin",
    ];

    // Site settings the setup recipe seeds for the module, stored as they are by Orchard's "settings" step.
    private static readonly string[] ChatSettingsSections = [nameof(ChatDeploymentSettings), nameof(ChatWordingSettings)];

    public static TheoryData<string> AllRecipes => new() { SetupRecipe, AddChatRecipe };

    [Fact]
    public void The_setup_recipe_is_offered_at_setup_and_the_add_chat_recipe_is_not()
    {
        var setup = RecipeJson.Parse(RepositoryRoot.Read(SetupRecipe));
        var addChat = RecipeJson.Parse(RepositoryRoot.Read(AddChatRecipe));

        Assert.True((bool)setup["issetuprecipe"]!);
        Assert.False((bool)addChat["issetuprecipe"]!);
        Assert.NotEqual((string?)setup["name"], (string?)addChat["name"]);
        Assert.All(new[] { setup, addChat }, recipe =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)recipe["name"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)recipe["displayName"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)recipe["description"]));
        });
    }

    [Theory]
    [MemberData(nameof(AllRecipes))]
    public void Every_feature_a_recipe_enables_exists(string path)
    {
        var enabled = RecipeJson.Step(RecipeJson.Parse(RepositoryRoot.Read(path)), "feature")["enable"]!.AsArray()
            .Select(f => (string)f!).ToList();
        var ours = ModuleManifest.FeatureIds().ToHashSet();

        Assert.All(enabled, feature => Assert.True(
            ours.Contains(feature) || OrchardCoreFeatures.Contains(feature),
            $"No manifest declares the feature '{feature}'."));
        Assert.Contains(ChatResetConstants.Features.ChatReset, enabled);
        Assert.Contains(ChatResetConstants.Features.Widgets, enabled);
        Assert.Contains("OrchardCore.Layers", enabled);
    }

    [Fact]
    public void The_setup_recipe_enables_and_selects_ChatResets_theme()
    {
        var recipe = RecipeJson.Parse(RepositoryRoot.Read(SetupRecipe));
        var themeId = ModuleManifest.ThemeAssembly.GetName().Name;

        var themes = RecipeJson.Step(recipe, "themes");
        var enabled = RecipeJson.Step(recipe, "feature")["enable"]!.AsArray().Select(f => (string?)f).ToList();

        Assert.Equal(themeId, (string?)themes["site"]);
        Assert.Contains(themeId, enabled);
        Assert.Contains((string?)themes["admin"], enabled);
    }

    [Fact]
    public void Each_chat_settings_key_the_setup_recipe_seeds_is_a_property_of_the_settings_class_it_is_stored_as()
    {
        // Orchard's "settings" step stores each key verbatim; a key the settings class lacks is silently never read.
        var settings = RecipeJson.Step(RecipeJson.Parse(RepositoryRoot.Read(SetupRecipe)), "settings");
        var strict = new JsonSerializerOptions { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

        Assert.NotNull(settings[nameof(ChatDeploymentSettings)]!.Deserialize<ChatDeploymentSettings>(strict));
        var wording = settings[nameof(ChatWordingSettings)]!.Deserialize<ChatWordingSettings>(strict)!;
        Assert.NotEmpty(wording.Cultures);
        Assert.All(wording.Cultures.Values, culture => Assert.NotNull(culture.EndOfChatMessage));
    }

    [Theory]
    [InlineData("en-US", "en-US")]
    [InlineData("en-GB", "en-US")]
    [InlineData("fr", "en-US")]
    [InlineData("en-US", "de-DE")]
    public async Task The_chat_settings_the_setup_recipe_seeds_render_a_chat_with_its_wording(string visitorCulture, string siteDefaultCulture)
    {
        var settings = RecipeJson.Step(RecipeJson.Parse(RepositoryRoot.Read(SetupRecipe)), "settings");
        var site = Orchard.Site(properties =>
        {
            foreach (var section in ChatSettingsSections)
            {
                properties[section] = settings[section]!.DeepClone();
            }
        });
        var result = await Orchard.SiteOptions(site, siteDefaultCulture).GetAsync(CultureInfo.GetCultureInfo(visitorCulture));

        Assert.True(result.IsComplete, string.Join(" ", result.Errors.Select(e => e.Message)));
        Assert.True(result.Options!.ProductionMode);
        var seeded = Assert.Single(settings[nameof(ChatWordingSettings)]!["Cultures"]!.AsObject()).Value!;
        Assert.Equal((string?)seeded[nameof(ChatWording.EndOfChatMessage)], result.Options.EndOfChatMessage);
        Assert.Equal((string?)seeded[nameof(ChatWording.RestartLabel)], result.Options.RestartLabel);
    }

    [Theory]
    [MemberData(nameof(AllRecipes))]
    public void Each_recipe_places_a_Chat_widget_the_migration_defines_on_a_layer_it_creates(string path)
    {
        var recipe = RecipeJson.Parse(RepositoryRoot.Read(path));
        var layers = RecipeJson.Step(recipe, "layers")["Layers"]!.AsArray().Select(l => l!.AsObject()).ToList();
        var widgets = RecipeJson.Step(recipe, "content")["Data"]!.AsArray().Select(i => i!.AsObject())
            .Where(i => (string?)i["ContentType"] == "ChatWidget").ToList();

        var widget = Assert.Single(widgets);
        var layerName = (string?)widget["LayerMetadata"]!["Layer"];
        var layer = Assert.Single(layers, l => (string?)l["Name"] == layerName);
        var condition = Assert.Single(layer["LayerRule"]!["Conditions"]!.AsArray());
        Assert.Equal("BooleanCondition", (string?)condition!["Name"]);
        Assert.True((bool)condition["Value"]!);

        Assert.False(string.IsNullOrWhiteSpace((string?)widget["LayerMetadata"]!["Zone"]));
        var part = widget[nameof(ChatWidgetPart)]!.Deserialize<ChatWidgetPart>()!;
        if (part.EndOfChatMessage is not null)
        {
            Assert.DoesNotContain(
                ChatResetOptionsValidator.Validate(new ChatResetOptions { EndOfChatMessage = part.EndOfChatMessage }),
                e => e.Field == nameof(ChatResetOptions.EndOfChatMessage));
        }
    }

    [Fact]
    public void The_setup_recipe_places_the_widget_in_a_layer_zone_the_theme_renders()
    {
        var recipe = RecipeJson.Parse(RepositoryRoot.Read(SetupRecipe));
        var zones = RecipeJson.Step(recipe, "settings")["LayerSettings"]!["Zones"]!.AsArray().Select(z => (string)z!).ToList();
        var widget = RecipeJson.Step(recipe, "content")["Data"]!.AsArray()
            .Single(i => (string?)i!["ContentType"] == "ChatWidget")!;

        Assert.Contains((string)widget["LayerMetadata"]!["Zone"]!, zones);
        Assert.All(zones, zone => Assert.Contains(zone, ModuleManifest.ThemeLayoutZones()));
    }

    [Fact]
    public void The_setup_recipe_sets_a_home_page_it_creates()
    {
        var recipe = RecipeJson.Parse(RepositoryRoot.Read(SetupRecipe));
        var home = RecipeJson.Step(recipe, "settings")["HomeRoute"]!;
        var items = RecipeJson.Step(recipe, "content")["Data"]!.AsArray();

        Assert.Contains(items, item => (string?)item!["ContentItemId"] == (string?)home["ContentItemId"]);
        var types = RecipeJson.Step(recipe, "ContentDefinition")["ContentTypes"]!.AsArray().Select(t => (string?)t!["Name"]);
        var homeItem = items.Single(item => (string?)item!["ContentItemId"] == (string?)home["ContentItemId"])!;
        Assert.Contains((string?)homeItem["ContentType"], types);
    }

    [Theory]
    [InlineData("ChatReset.Module", "Recipes.chatreset-add-chat.recipe.json")]
    [InlineData("ChatReset.Theme", "Recipes.chatreset-setup.recipe.json")]
    public void Recipes_are_embedded_in_the_Recipes_folder_Orchard_Core_searches(string assemblyName, string resourceSuffix)
    {
        var assembly = Assembly.Load(assemblyName);

        var name = Assert.Single(assembly.GetManifestResourceNames(), n => n.EndsWith(resourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        Assert.Equal(RepositoryRoot.Read("recipes/" + resourceSuffix["Recipes.".Length..]), reader.ReadToEnd());
    }
}
