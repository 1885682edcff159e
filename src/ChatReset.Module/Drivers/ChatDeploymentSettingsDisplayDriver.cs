using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using ChatReset.Module.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.DisplayManagement.Views;
using OrchardCore.Entities;
using OrchardCore.Settings;

namespace ChatReset.Module.Drivers;

/// <summary>
/// The "Salesforce Chat" settings page (Configuration &gt; Settings): the deployment the chat connects to and the
/// script's switches. Guarded by <see cref="ChatResetPermissions.ManageChatDeployment"/>. Validation is Core's:
/// nothing is saved unless every field on the page passes.
/// </summary>
internal sealed class ChatDeploymentSettingsDisplayDriver : ChatSettingsDisplayDriver<ChatDeploymentSettings>
{
    public const string ShapeType = "ChatDeploymentSettings_Edit";

    private readonly ChatResetShellOptions _shellOptions;

    public ChatDeploymentSettingsDisplayDriver(
        IHttpContextAccessor httpContextAccessor,
        IAuthorizationService authorizationService,
        IOptions<ChatResetShellOptions> shellOptions)
        : base(httpContextAccessor, authorizationService, ChatResetPermissions.ManageChatDeployment)
    {
        ArgumentNullException.ThrowIfNull(shellOptions);

        _shellOptions = shellOptions.Value;
    }

    protected override string SettingsGroupId => ChatResetConstants.SettingsGroups.Deployment;

    public override async Task<IDisplayResult?> EditAsync(ISite site, ChatDeploymentSettings settings, BuildEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);

        if (!await IsAuthorizedAsync())
        {
            return null;
        }

        // Orchard's generic settings step and deployment-plan import store settings without asking ChatReset; the
        // chat then stays hidden, and this page is where an administrator learns why: every invalid field is marked.
        // A site that never stored any (a new site) gets a plain form, not a page of "required".
        var storedErrors = site.Properties.ContainsKey(nameof(ChatDeploymentSettings))
            ? ChatSettingsValidation.CheckDeployment(settings, _shellOptions)
            : [];
        if (context.Updater?.ModelState is { } modelState)
        {
            ChatSettingsValidation.AddTo(modelState, storedErrors, Prefix);
        }

        return Editor(settings, storedSettingsInvalid: storedErrors.Count > 0);
    }

    public override async Task<IDisplayResult?> UpdateAsync(ISite site, ChatDeploymentSettings settings, UpdateEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);

        if (!await IsAuthorizedAsync())
        {
            return null;
        }

        var model = new ChatDeploymentSettingsViewModel();
        await context.Updater.TryUpdateModelAsync(model, Prefix);

        var posted = new ChatDeploymentSettings();
        model.ApplyTo(posted);
        ChatSettingsValidation.AddTo(context.Updater.ModelState, ChatSettingsValidation.CheckDeployment(posted, _shellOptions), Prefix);

        if (!context.Updater.ModelState.IsValid)
        {
            // Show what was typed, so it can be corrected; the stored settings stay as they were.
            return Editor(posted);
        }

        model.ApplyTo(settings);
        return Editor(settings);
    }

    private ShapeResult Editor(ChatDeploymentSettings values, bool storedSettingsInvalid = false)
        => Initialize<ChatDeploymentSettingsViewModel>(ShapeType, model =>
        {
            model.Load(values);
            model.ProductionModeForced = _shellOptions.ForceProductionMode;
            model.StoredSettingsInvalid = storedSettingsInvalid;
        })
        .Location("Content:1")
        .OnGroup(SettingsGroupId);
}
