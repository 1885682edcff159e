using OrchardCore.Data.Migration;

namespace OrchardCore.Recipes.Services;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Recipes.Abstractions/Services/IRecipeMigrator.cs
public interface IRecipeMigrator
{
    Task<string> ExecuteAsync(string recipeFileName, IDataMigration migration);
}
