using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/IContentDefinitionManager.cs (2.x async surface)
public interface IContentDefinitionManager
{
    Task<IEnumerable<ContentTypeDefinition>> LoadTypeDefinitionsAsync();

    Task<IEnumerable<ContentTypeDefinition>> ListTypeDefinitionsAsync();

    Task<IEnumerable<ContentPartDefinition>> LoadPartDefinitionsAsync();

    Task<IEnumerable<ContentPartDefinition>> ListPartDefinitionsAsync();

    Task<ContentTypeDefinition> LoadTypeDefinitionAsync(string name);

    Task<ContentTypeDefinition> GetTypeDefinitionAsync(string name);

    Task<ContentPartDefinition> LoadPartDefinitionAsync(string name);

    Task<ContentPartDefinition> GetPartDefinitionAsync(string name);

    Task DeleteTypeDefinitionAsync(string name);

    Task DeletePartDefinitionAsync(string name);

    Task StoreTypeDefinitionAsync(ContentTypeDefinition contentTypeDefinition);

    Task StorePartDefinitionAsync(ContentPartDefinition contentPartDefinition);

    Task<string> GetIdentifierAsync();
}
