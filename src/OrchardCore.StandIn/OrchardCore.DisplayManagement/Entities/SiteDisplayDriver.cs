using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.DisplayManagement.Views;
using OrchardCore.Settings;

namespace OrchardCore.DisplayManagement.Entities;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Entities/SiteDisplayDriver.cs
public abstract class SiteDisplayDriver<TSettings> : SectionDisplayDriverBase<ISite, TSettings>
    where TSettings : new()
{
    protected abstract string SettingsGroupId { get; }

    public sealed override Task<IDisplayResult> DisplayAsync(ISite site, BuildDisplayContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        return IsSettingsGroup(context.GroupId) ? base.DisplayAsync(site, context) : Task.FromResult<IDisplayResult>(null);
    }

    public sealed override Task<IDisplayResult> EditAsync(ISite site, BuildEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        return IsSettingsGroup(context.GroupId) ? base.EditAsync(site, context) : Task.FromResult<IDisplayResult>(null);
    }

    public sealed override Task<IDisplayResult> UpdateAsync(ISite site, UpdateEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        return IsSettingsGroup(context.GroupId) ? base.UpdateAsync(site, context) : Task.FromResult<IDisplayResult>(null);
    }

    public sealed override IDisplayResult Display(ISite site, BuildDisplayContext context)
        => base.Display(site, context);

    public sealed override IDisplayResult Edit(ISite site, BuildEditorContext context)
        => base.Edit(site, context);

    public sealed override bool CanHandleModel(ISite model)
        => base.CanHandleModel(model);

    protected sealed override void BuildPrefix(ISite model, string htmlFieldPrefix)
        => base.BuildPrefix(model, htmlFieldPrefix);

    protected sealed override string PropertyName
        => base.PropertyName;

    private bool IsSettingsGroup(string groupId)
        => string.Equals(SettingsGroupId, groupId, StringComparison.OrdinalIgnoreCase);
}
