using OrchardCore.DisplayManagement.Views;

namespace OrchardCore.DisplayManagement.Handlers;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Handlers/DisplayDriver.cs (2.x)
public abstract class DisplayDriver<TModel, TDisplayContext, TEditorContext, TUpdateContext> :
    DisplayDriverBase,
    IDisplayDriver<TModel, TDisplayContext, TEditorContext, TUpdateContext>
    where TModel : class
    where TDisplayContext : BuildDisplayContext
    where TEditorContext : BuildEditorContext
    where TUpdateContext : UpdateEditorContext
{
    protected static readonly string ModelName = typeof(TModel).Name;

    public virtual bool CanHandleModel(TModel model) => true;

    Task<IDisplayResult> IDisplayDriver<TModel, TDisplayContext, TEditorContext, TUpdateContext>.BuildDisplayAsync(TModel model, TDisplayContext context)
    {
        if (!CanHandleModel(model))
        {
            return Task.FromResult<IDisplayResult>(null);
        }

        BuildPrefix(model, context.HtmlFieldPrefix);
        return DisplayAsync(model, context);
    }

    Task<IDisplayResult> IDisplayDriver<TModel, TDisplayContext, TEditorContext, TUpdateContext>.BuildEditorAsync(TModel model, TEditorContext context)
    {
        if (!CanHandleModel(model))
        {
            return Task.FromResult<IDisplayResult>(null);
        }

        BuildPrefix(model, context.HtmlFieldPrefix);
        return EditAsync(model, context);
    }

    Task<IDisplayResult> IDisplayDriver<TModel, TDisplayContext, TEditorContext, TUpdateContext>.UpdateEditorAsync(TModel model, TUpdateContext context)
    {
        if (!CanHandleModel(model))
        {
            return Task.FromResult<IDisplayResult>(null);
        }

        BuildPrefix(model, context.HtmlFieldPrefix);
        return UpdateAsync(model, context);
    }

    public virtual Task<IDisplayResult> DisplayAsync(TModel model, TDisplayContext context)
        => Task.FromResult<IDisplayResult>(null);

    public virtual Task<IDisplayResult> EditAsync(TModel model, TEditorContext context)
        => Task.FromResult<IDisplayResult>(null);

    public virtual Task<IDisplayResult> UpdateAsync(TModel model, TUpdateContext context)
        => EditAsync(model, context as TEditorContext);

    protected virtual void BuildPrefix(TModel model, string htmlFieldPrefix)
    {
        Prefix = string.IsNullOrEmpty(htmlFieldPrefix) ? ModelName : $"{htmlFieldPrefix}.{ModelName}";
    }
}

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Handlers/DisplayDriver.cs
public abstract class DisplayDriver<TModel> :
    DisplayDriver<TModel, BuildDisplayContext, BuildEditorContext, UpdateEditorContext>,
    IDisplayDriver<TModel>
    where TModel : class
{
}
