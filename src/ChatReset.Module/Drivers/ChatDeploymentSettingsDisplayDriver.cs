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
public sealed class ChatDeploymentSettingsDisplayDriver : ChatSettingsDisplayDriver<ChatDeploymentSettings>
{
    public const string ShapeType = "ChatDeploymentSettings_Edit";

    private readonly SiteCultures _siteCultures;
    private readonly ChatResetShellOptions _shellOptions;

    public ChatDeploymentSettingsDisplayDriver(
        IHttpContextAccessor httpContextAccessor,
        IAuthorizationService authorizationService,
        SiteCultures siteCultures,
        IOptions<ChatResetShellOptions> shellOptions)
        : base(httpContextAccessor, authorizationService, ChatResetPermissions.ManageChatDeployment)
    {
        ArgumentNullException.ThrowIfNull(shellOptions);

        _siteCultures = siteCultures;
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
        var storedErrors = site.Properties.ContainsKey(nameof(ChatDeploymentSettings)) ? await CheckAsync(site, settings) : [];
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

        var posted = ChatSettingsValidation.Clean(new ChatDeploymentSettings
        {
            OrgId = model.OrgId,
            DeploymentApiName = model.DeploymentApiName,
            SiteUrl = model.SiteUrl,
            Scrt2Url = model.Scrt2Url,
            Language = model.Language,
            BootstrapUrl = model.BootstrapUrl,
            ProductionMode = model.ProductionMode,
            LoadOnInteraction = model.LoadOnInteraction,
        });

        ChatSettingsValidation.AddTo(context.Updater.ModelState, await CheckAsync(site, posted), Prefix);

        if (!context.Updater.ModelState.IsValid)
        {
            // Show what was typed, so it can be corrected; the stored settings stay as they were.
            return Editor(posted);
        }

        settings.OrgId = posted.OrgId;
        settings.DeploymentApiName = posted.DeploymentApiName;
        settings.SiteUrl = posted.SiteUrl;
        settings.Scrt2Url = posted.Scrt2Url;
        settings.Language = posted.Language;
        settings.BootstrapUrl = posted.BootstrapUrl;
        settings.ProductionMode = posted.ProductionMode;
        settings.LoadOnInteraction = posted.LoadOnInteraction;

        return Editor(settings);
    }

    /// <summary>The deployment's problems; the wording page's stored text (default culture) only completes the options.</summary>
    private async Task<IReadOnlyList<ChatReset.Core.ChatResetValidationError>> CheckAsync(ISite site, ChatDeploymentSettings deployment)
    {
        var wording = site.Settings<ChatWordingSettings>().Resolve(null, await _siteCultures.GetDefaultCultureAsync());
        return ChatSettingsValidation.CheckDeployment(deployment, wording, _shellOptions);
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
