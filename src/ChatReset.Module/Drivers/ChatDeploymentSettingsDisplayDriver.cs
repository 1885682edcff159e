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
        if (!await IsAuthorizedAsync())
        {
            return null;
        }

        return Editor(settings);
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

        // The wording page's stored text (default culture) completes the options; its errors are not this page's.
        var wording = site.As<ChatWordingSettings>().Resolve(null, await _siteCultures.GetDefaultCultureAsync());
        ChatSettingsValidation.AddTo(context.Updater.ModelState, ChatSettingsValidation.CheckDeployment(posted, wording), Prefix);

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

    private ShapeResult Editor(ChatDeploymentSettings values)
        => Initialize<ChatDeploymentSettingsViewModel>(ShapeType, model =>
        {
            model.Load(values);
            model.ProductionModeForced = _shellOptions.ForceProductionMode;
        })
        .Location("Content:1")
        .OnGroup(SettingsGroupId);
}
