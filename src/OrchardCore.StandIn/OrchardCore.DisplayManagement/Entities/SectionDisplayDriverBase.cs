using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.DisplayManagement.Views;
using OrchardCore.Entities;

namespace OrchardCore.DisplayManagement.Entities;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Entities/SectionDisplayDriverBase.cs
// Behaviour the module depends on: the section is read from model.Properties[PropertyName] (new TSection when
// absent) and written back only when the typed UpdateAsync returned a result and ModelState is valid.
public abstract class SectionDisplayDriverBase<TModel, TSection> : DisplayDriver<TModel>
    where TSection : new()
    where TModel : class, IEntity
{
    protected virtual string PropertyName => typeof(TSection).Name;

    public override Task<IDisplayResult> EditAsync(TModel model, BuildEditorContext context)
        => EditAsync(model, GetSection(model), context);

    public virtual Task<IDisplayResult> EditAsync(TModel model, TSection section, BuildEditorContext context)
        => Task.FromResult<IDisplayResult>(null);

    public override async Task<IDisplayResult> UpdateAsync(TModel model, UpdateEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(context);

        var section = GetSection(model);
        var result = await UpdateAsync(model, section, context).ConfigureAwait(false);
        if (result == null)
        {
            return null;
        }

        if (context.Updater.ModelState.IsValid)
        {
            model.Put(PropertyName, section);
        }

        return result;
    }

    public virtual Task<IDisplayResult> UpdateAsync(TModel model, TSection section, UpdateEditorContext context)
        => EditAsync(model, section, context);

    private TSection GetSection(TModel model)
        => model.Has(PropertyName) ? model.As<TSection>(PropertyName) : new TSection();

    protected override void BuildPrefix(TModel model, string htmlFieldPrefix)
    {
        Prefix = string.IsNullOrEmpty(htmlFieldPrefix)
            ? $"{ModelName}.{PropertyName}"
            : $"{htmlFieldPrefix}.{ModelName}.{PropertyName}";
    }
}
