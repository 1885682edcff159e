using OrchardCore.Recipes.Models;

namespace OrchardCore.Recipes.Services;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Recipes.Abstractions/Services/IRecipeStepHandler.cs
public interface IRecipeStepHandler
{
    Task ExecuteAsync(RecipeExecutionContext context);
}
