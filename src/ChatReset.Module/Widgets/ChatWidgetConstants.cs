namespace ChatReset.Module.Widgets;

/// <summary>Names the widget's migration, migration recipe, recipes and views agree on.</summary>
public static class ChatWidgetConstants
{
    /// <summary>The widget content type created by <see cref="ChatWidgetMigrations"/>.</summary>
    public const string ContentType = "ChatWidget";

    /// <summary>The stereotype that lets the Layers and Flows features offer the type as a widget.</summary>
    public const string WidgetStereotype = "Widget";

    /// <summary>The migration recipe, relative to the module's <c>Migrations/</c> folder (where IRecipeMigrator looks).</summary>
    public const string MigrationRecipeFileName = "chat-widget.recipe.json";
}
