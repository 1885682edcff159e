using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/IContentDefinitionManager.cs (2.x async surface)
public interface IContentDefinitionManager
{
    Task<ContentPartDefinition> LoadPartDefinitionAsync(string name);

    Task StorePartDefinitionAsync(ContentPartDefinition contentPartDefinition);
}
