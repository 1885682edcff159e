using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.DisplayManagement.Views;
using OrchardCore.Settings;

namespace OrchardCore.DisplayManagement.Entities;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Entities/SiteDisplayDriver.cs
// A settings page answers only for its own group, case-insensitively, as upstream.
public abstract class SiteDisplayDriver<TSettings> : SectionDisplayDriverBase<ISite, TSettings>
    where TSettings : new()
{
    protected abstract string SettingsGroupId { get; }

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

    private bool IsSettingsGroup(string groupId)
        => string.Equals(SettingsGroupId, groupId, StringComparison.OrdinalIgnoreCase);
}
