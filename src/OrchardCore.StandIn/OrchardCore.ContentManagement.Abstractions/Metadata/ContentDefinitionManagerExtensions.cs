using OrchardCore.ContentManagement.Metadata.Builders;
using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/ContentDefinitionManagerExtensions.cs
// Load the current definition (or start a new one), let the caller alter it, store the result.
public static class ContentDefinitionManagerExtensions
{
    public static async Task AlterPartDefinitionAsync(this IContentDefinitionManager manager, string name, Action<ContentPartDefinitionBuilder> alteration)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(alteration);

        var current = await manager.LoadPartDefinitionAsync(name).ConfigureAwait(false) ?? new ContentPartDefinition(name);
        var builder = new ContentPartDefinitionBuilder(current);
        alteration(builder);
        await manager.StorePartDefinitionAsync(builder.Build()).ConfigureAwait(false);
    }
}
