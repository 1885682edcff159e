using System.Text.Json;
using System.Text.Json.Nodes;
using ChatReset.Module.Widgets;
using ChatReset.Module.Widgets.Models;
using Moq;
using OrchardCore.ContentManagement.Metadata;
using OrchardCore.ContentManagement.Metadata.Models;
using OrchardCore.ContentManagement.Metadata.Settings;
using OrchardCore.Data.Migration;
using OrchardCore.Recipes.Services;

namespace ChatReset.Module.Tests.Widgets;

public sealed class ChatWidgetMigrationsTests
{
    private const string MigrationRecipePath = "src/ChatReset.Module/Migrations/" + ChatWidgetMigrations.RecipeFileName;

    [Fact]
    public async Task Enabling_the_feature_makes_the_part_attachable_and_runs_the_widget_type_recipe()
    {
        var stored = new List<ContentPartDefinition>();
        var definitions = new Mock<IContentDefinitionManager>();
        definitions.Setup(d => d.LoadPartDefinitionAsync(It.IsAny<string>())).ReturnsAsync((ContentPartDefinition)null!);
        definitions.Setup(d => d.StorePartDefinitionAsync(It.IsAny<ContentPartDefinition>()))
            .Callback<ContentPartDefinition>(stored.Add)
            .Returns(Task.CompletedTask);
        var recipes = new Mock<IRecipeMigrator>();
        var migration = new ChatWidgetMigrations(recipes.Object, definitions.Object);
        recipes.Setup(r => r.ExecuteAsync(It.IsAny<string>(), It.IsAny<IDataMigration>())).ReturnsAsync("execution");

        var version = await migration.CreateAsync();

        Assert.Equal(1, version);
        var part = Assert.Single(stored);
        Assert.Equal(nameof(ChatWidgetPart), part.Name);
        Assert.True(part.IsAttachable());
        Assert.False(string.IsNullOrWhiteSpace(part.Description()));
        recipes.Verify(r => r.ExecuteAsync(ChatWidgetMigrations.RecipeFileName, migration), Times.Once);
    }

    [Fact]
    public void The_migration_recipe_is_where_the_recipe_migrator_looks_for_it()
    {
        // Orchard's RecipeMigrator resolves the file name under the module's Migrations/ folder.
        Assert.True(File.Exists(RepositoryRoot.PathOf(MigrationRecipePath)), MigrationRecipePath);
    }

    [Fact]
    public void The_migration_recipe_creates_a_ChatWidget_widget_type_carrying_the_part()
    {
        var step = Assert.Single(RecipeJson.Steps(RecipeJson.Parse(RepositoryRoot.Read(MigrationRecipePath))));
        Assert.Equal("ContentDefinition", (string?)step["name"]);

        var typeJson = Assert.Single(step["ContentTypes"]!.AsArray())!.AsObject();
        var type = RecipeJson.ToTypeDefinition(typeJson);

        Assert.Equal("ChatWidget", type.Name);
        Assert.Equal("Widget", type.GetStereotype());
        Assert.False(type.IsCreatable());
        Assert.False(type.IsListable());
        Assert.True(type.IsVersionable());
        Assert.True(type.IsSecurable());

        var chatPart = Assert.Single(type.Parts, p => p.PartDefinition.Name == nameof(ChatWidgetPart));
        Assert.Equal(nameof(ChatWidgetPart), chatPart.Name);
        Assert.Equal("1", chatPart.GetSettings<ContentTypePartSettings>().Position);
        Assert.Contains(type.Parts, p => p.PartDefinition.Name == "ChatWidget");
    }

    [Fact]
    public void The_migration_recipe_uses_the_nested_settings_form_of_Orchard_Core_2()
    {
        var step = Assert.Single(RecipeJson.Steps(RecipeJson.Parse(RepositoryRoot.Read(MigrationRecipePath))));
        var type = step["ContentTypes"]![0]!.AsObject();

        // Every settings object is keyed by the settings class it binds to; flat 1.x keys would be ignored or migrated.
        Assert.All(type["Settings"]!.AsObject(), s => Assert.Equal(nameof(ContentTypeSettings), s.Key));
        Assert.All(type["ContentTypePartDefinitionRecords"]!.AsArray(), record =>
            Assert.All(record!["Settings"]!.AsObject(), s => Assert.Equal(nameof(ContentTypePartSettings), s.Key)));
        Assert.Empty(step["ContentParts"]!.AsArray());
    }
}
