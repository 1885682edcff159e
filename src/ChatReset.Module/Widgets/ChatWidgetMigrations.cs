using ChatReset.Module.Widgets.Models;
using OrchardCore.ContentManagement.Metadata;
using OrchardCore.ContentManagement.Metadata.Settings;
using OrchardCore.Data.Migration;
using OrchardCore.Recipes.Services;

namespace ChatReset.Module.Widgets;

/// <summary>
/// Runs when the ChatReset.Widgets feature is enabled: makes <see cref="ChatWidgetPart"/> attachable and creates the
/// <c>ChatWidget</c> widget type from <c>Migrations/chat-widget.recipe.json</c>, so the type can be changed as data.
/// </summary>
public sealed class ChatWidgetMigrations : DataMigration
{
    /// <summary>The migration recipe, relative to the module's <c>Migrations/</c> folder (where IRecipeMigrator looks).</summary>
    internal const string RecipeFileName = "chat-widget.recipe.json";

    private readonly IRecipeMigrator _recipeMigrator;
    private readonly IContentDefinitionManager _contentDefinitionManager;

    public ChatWidgetMigrations(IRecipeMigrator recipeMigrator, IContentDefinitionManager contentDefinitionManager)
    {
        _recipeMigrator = recipeMigrator;
        _contentDefinitionManager = contentDefinitionManager;
    }

    public async Task<int> CreateAsync()
    {
        await _contentDefinitionManager.AlterPartDefinitionAsync(nameof(ChatWidgetPart), part => part
            .Attachable()
            .WithDescription("Places Salesforce Enhanced Chat on a page and ends it cleanly when an agent ends the session."));

        await _recipeMigrator.ExecuteAsync(RecipeFileName, this);

        return 1;
    }
}
