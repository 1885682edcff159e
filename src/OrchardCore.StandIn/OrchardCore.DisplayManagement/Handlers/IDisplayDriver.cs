using OrchardCore.DisplayManagement.Views;

namespace OrchardCore.DisplayManagement.Handlers;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Handlers/IDisplayDriver.cs
public interface IDisplayDriver<in TModel, TDisplayContext, TEditorContext, TUpdateContext>
    where TDisplayContext : BuildDisplayContext
    where TEditorContext : BuildEditorContext
    where TUpdateContext : UpdateEditorContext
{
    Task<IDisplayResult> BuildDisplayAsync(TModel model, TDisplayContext context);

    Task<IDisplayResult> BuildEditorAsync(TModel model, TEditorContext context);

    Task<IDisplayResult> UpdateEditorAsync(TModel model, TUpdateContext context);
}

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Handlers/IDisplayDriver.cs
#pragma warning disable CA1040 // Marker interface upstream too.
public interface IDisplayDriver<in TModel> : IDisplayDriver<TModel, BuildDisplayContext, BuildEditorContext, UpdateEditorContext>
{
}
#pragma warning restore CA1040
