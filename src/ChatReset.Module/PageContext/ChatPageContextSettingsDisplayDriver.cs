using ChatReset.Core.PageContext;
using ChatReset.Module.Drivers;
using ChatReset.Module.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.DisplayManagement.Views;
using OrchardCore.Entities;
using OrchardCore.Settings;

namespace ChatReset.Module.PageContext;

/// <summary>
/// The hidden pre-chat fields section of the "Salesforce Chat" settings page: which page facts go to which hidden
/// pre-chat field of the deployment. Guarded by <see cref="ChatResetPermissions.ManageChatDeployment"/>. Validated by
/// Core's <see cref="HiddenPrechatFieldRules"/>, each error under its row's setting; a bad row leaves the model state
/// invalid, so Orchard saves nothing of the page (the deployment fields included).
/// </summary>
internal sealed class ChatPageContextSettingsDisplayDriver : ChatSettingsDisplayDriver<ChatPageContextSettings>
{
    public const string ShapeType = "ChatPageContextSettings_Edit";

    public ChatPageContextSettingsDisplayDriver(IHttpContextAccessor httpContextAccessor, IAuthorizationService authorizationService)
        : base(httpContextAccessor, authorizationService, ChatResetPermissions.ManageChatDeployment)
    {
    }

    protected override string SettingsGroupId => ChatResetConstants.SettingsGroups.Deployment;

    public override async Task<IDisplayResult?> EditAsync(ISite site, ChatPageContextSettings settings, BuildEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);

        if (!await IsAuthorizedAsync())
        {
            return null;
        }

        // Orchard's generic settings step stores rows without asking ChatReset: show what is wrong with them.
        var stored = settings.HiddenPrechatFields ?? [];
        var storedErrors = HiddenPrechatFieldRules.Validate(stored);
        if (context.Updater?.ModelState is { } modelState)
        {
            AddTo(modelState, storedErrors);
        }

        return Editor(WithEmptyRows(stored.Select(HiddenPrechatFieldRow.From)), storedErrors.Count > 0);
    }

    public override async Task<IDisplayResult?> UpdateAsync(ISite site, ChatPageContextSettings settings, UpdateEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);

        if (!await IsAuthorizedAsync())
        {
            return null;
        }

        var model = new ChatPageContextSettingsViewModel();
        await context.Updater.TryUpdateModelAsync(model, Prefix);

        // Dropped rows stay in the list as null, so that errors name the rows as the editor numbers them.
        var rows = model.Rows.Select(row => row.ToField()).ToList();
        AddTo(context.Updater.ModelState, HiddenPrechatFieldRules.Validate(rows));
        if (!context.Updater.ModelState.IsValid)
        {
            // Every row as posted, so that each error sits under what was typed; nothing is stored.
            return Editor(model.Rows, storedSettingsInvalid: false);
        }

        settings.HiddenPrechatFields = rows.OfType<HiddenPrechatField>().ToList();
        return Editor(WithEmptyRows(settings.HiddenPrechatFields.Select(HiddenPrechatFieldRow.From)), storedSettingsInvalid: false);
    }

    private void AddTo(ModelStateDictionary modelState, IEnumerable<HiddenPrechatFieldError> errors)
    {
        foreach (var error in errors)
        {
            modelState.AddModelError($"{Prefix}.{nameof(ChatPageContextSettingsViewModel.Rows)}[{error.Row}].{error.Field}", error.Message);
        }
    }

    private static List<HiddenPrechatFieldRow> WithEmptyRows(IEnumerable<HiddenPrechatFieldRow> rows)
    {
        var list = rows.ToList();
        var empty = Math.Min(ChatPageContextSettingsViewModel.EmptyRows, HiddenPrechatFieldRules.MaxRows - list.Count);
        list.AddRange(Enumerable.Range(0, Math.Max(empty, 0)).Select(_ => new HiddenPrechatFieldRow()));
        return list;
    }

    private ShapeResult Editor(List<HiddenPrechatFieldRow> rows, bool storedSettingsInvalid)
        => Initialize<ChatPageContextSettingsViewModel>(ShapeType, model =>
        {
            model.Rows = rows;
            model.StoredSettingsInvalid = storedSettingsInvalid;
        })
        .Location("Content:6")
        .OnGroup(SettingsGroupId);
}
