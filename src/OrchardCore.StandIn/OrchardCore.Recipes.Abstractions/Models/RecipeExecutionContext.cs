using System.Text.Json.Nodes;

namespace OrchardCore.Recipes.Models;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Recipes.Abstractions/Models/RecipeExecutionContext.cs (2.x,
// System.Text.Json). RecipeDescriptor/InnerRecipes are left out: ChatReset's step does not read them.
public class RecipeExecutionContext
{
    public string ExecutionId { get; set; }

    public object Environment { get; set; }

    public string Name { get; set; }

    public JsonObject Step { get; set; }

    public IList<string> Errors { get; } = [];
}
