using ChatReset.Core;
using ChatReset.Core.Deployments;
using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using ChatReset.Module.Verification;
using ChatReset.Module.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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
        var stored = site.Properties.ContainsKey(nameof(ChatDeploymentSettings));
        var storedErrors = stored ? ChatSettingsValidation.CheckDeployment(settings, _shellOptions) : [];
        var storedRowErrors = stored ? ChatSettingsValidation.CheckDeployments(settings.Deployments, _shellOptions) : [];
        if (context.Updater?.ModelState is { } modelState)
        {
            AddErrors(modelState, storedErrors, storedRowErrors);
        }

        return Editor(settings, storedSettingsInvalid: storedErrors.Count + storedRowErrors.Count > 0);
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
        var rows = model.PostedDeployments();
        AddErrors(
            context.Updater.ModelState,
            ChatSettingsValidation.CheckDeployment(posted, _shellOptions),
            ChatSettingsValidation.CheckDeployments(rows, _shellOptions));

        // Verified chat signs with the site's keys; without them a deployment switched on would hand its signed-in
        // visitors no chat at all, so the switch is refused until the keys exist.
        if (string.IsNullOrEmpty(site.Settings<UserVerificationSiteSettings>().ProtectedKeys))
        {
            for (var index = 0; index < model.Deployments.Count; index++)
            {
                if (model.Deployments[index] is { VerifiedChat: true, Remove: false, IsEmpty: false })
                {
                    context.Updater.ModelState.AddModelError(
                        $"{Prefix}.{nameof(ChatDeploymentSettingsViewModel.Deployments)}[{index}].{nameof(ChatDeploymentRowViewModel.VerifiedChat)}",
                        "The site has no verified chat keys yet: generate them in the Verified chat section below (Save and generate keys), then turn this on.");
                }
            }
        }

        if (!context.Updater.ModelState.IsValid)
        {
            // Show what was typed, row for row as posted so that each error stays on its row; nothing is stored.
            if (model.Deployments.Count == 0 || !model.Deployments[^1].IsEmpty)
            {
                model.Deployments.Add(new ChatDeploymentRowViewModel());
            }

            return Editor(posted, rows: model.Deployments);
        }

        model.ApplyTo(settings);
        settings.Deployments = rows.OfType<NamedChatDeployment>().ToList();
        return Editor(settings);
    }

    /// <summary>Puts each error on its field: the default deployment's under the page's prefix, a row's under its row.</summary>
    private void AddErrors(
        ModelStateDictionary modelState, IEnumerable<ChatResetValidationError> errors, IEnumerable<ChatResetDeploymentError> rowErrors)
    {
        ChatSettingsValidation.AddTo(modelState, errors, Prefix);
        foreach (var error in rowErrors)
        {
            modelState.AddModelError($"{Prefix}.{nameof(ChatDeploymentSettingsViewModel.Deployments)}[{error.Deployment}].{error.Field}", error.Message);
        }
    }

    /// <summary>The page with <paramref name="values"/>; <paramref name="rows"/>, when given, are the rows as posted.</summary>
    private ShapeResult Editor(ChatDeploymentSettings values, bool storedSettingsInvalid = false, List<ChatDeploymentRowViewModel>? rows = null)
        => Initialize<ChatDeploymentSettingsViewModel>(ShapeType, model =>
        {
            model.Load(values);
            if (rows is not null)
            {
                model.Deployments = rows;
            }

            model.ProductionModeForced = _shellOptions.ForceProductionMode;
            model.StoredSettingsInvalid = storedSettingsInvalid;
        })
        .Location("Content:1")
        .OnGroup(SettingsGroupId);
}
