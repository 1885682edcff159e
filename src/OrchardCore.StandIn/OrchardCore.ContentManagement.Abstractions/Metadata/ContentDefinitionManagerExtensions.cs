using OrchardCore.ContentManagement.Metadata.Builders;
using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/ContentDefinitionManagerExtensions.cs
// Load the current definition (or start a new one), let the caller alter it, store the result.
public static class ContentDefinitionManagerExtensions
{
    public static Task AlterPartDefinitionAsync(this IContentDefinitionManager manager, string name, Action<ContentPartDefinitionBuilder> alteration)
    {
        ArgumentNullException.ThrowIfNull(alteration);

        return manager.AlterPartDefinitionAsync(name, builder =>
        {
            alteration(builder);
            return Task.CompletedTask;
        });
    }

    public static async Task AlterPartDefinitionAsync(this IContentDefinitionManager manager, string name, Func<ContentPartDefinitionBuilder, Task> alterationAsync)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(alterationAsync);

        var current = await manager.LoadPartDefinitionAsync(name).ConfigureAwait(false) ?? new ContentPartDefinition(name);
        var builder = new ContentPartDefinitionBuilder(current);
        await alterationAsync(builder).ConfigureAwait(false);
        await manager.StorePartDefinitionAsync(builder.Build()).ConfigureAwait(false);
    }
}
