using ChatReset.Core;
using ChatReset.Core.AspNetCore;
using ChatReset.Core.Deployments;
using ChatReset.Core.Verification;
using ChatReset.Module.PageContext;
using ChatReset.Module.Services;
using ChatReset.Module.Widgets.Models;
using ChatReset.Module.Widgets.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrchardCore.Admin;
using OrchardCore.ContentManagement.Display.ContentDisplay;
using OrchardCore.ContentManagement.Display.Models;
using OrchardCore.DisplayManagement.Views;
using OrchardCore.ResourceManagement;

namespace ChatReset.Module.Widgets.Drivers;

/// <summary>
/// Displays the Chat widget through ChatReset.Core and edits its optional end-of-chat message and the deployment it
/// asks for.
/// </summary>
/// <remarks>
/// Display rules, in order: nothing on admin pages; while the deployment settings are incomplete, nothing for
/// visitors and the <c>ChatWidgetSettingsHint</c> shape (what is missing, link to the settings page) for users who may
/// manage the deployment, once per page; nothing when the visitor withheld tracking consent (no Salesforce script, as
/// Orchard's Google Analytics does); otherwise Core's markup in its two parts, once per page whatever the number of
/// widgets: the host (notice live region, optional launcher) where the widget sits, and the assets (configuration,
/// stylesheet, deferred script with the CSP nonce) registered as a foot script, which the layout writes at
/// <c>&lt;resources type="FootScript" /&gt;</c>.
/// <para>
/// The page is claimed in the shape's initializer, which upstream Orchard runs only once placement has put the shape
/// somewhere, so a widget placed nowhere claims nothing. There each placed widget also says which deployment it asks
/// for and on which layer it sits; the page's one deployment is chosen when its host or assets are written
/// (<see cref="ChatWidgetPage"/>), after Orchard has built every widget of the page. Foot scripts keep the bootstrap out of partial results (an
/// AJAX-loaded fragment landing in a page that already has it; Salesforce refuses a second <c>init</c>): only a full
/// layout writes them, so a partial result carries the host alone.
/// </para>
/// </remarks>
public sealed class ChatWidgetPartDisplayDriver : ContentPartDisplayDriver<ChatWidgetPart>
{
    /// <summary>The note users who manage the deployment get instead of the chat while its settings are incomplete.</summary>
    public const string SettingsHintShapeType = "ChatWidgetSettingsHint";

    /// <summary>The note users who manage the deployment get when widgets on a page ask for different deployments.</summary>
    public const string DeploymentHintShapeType = "ChatDeploymentChoiceHint";

    private static readonly object SettingsHintKey = new();
    private static readonly object DeploymentHintKey = new();

    private readonly IChatResetSiteOptions _siteOptions;
    private readonly ChatResetPageRenderer _pageRenderer;
    private readonly IResourceManager _resourceManager;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IAuthorizationService _authorizationService;
    private readonly AdminOptions _adminOptions;
    private readonly OrchardPageContext _pageContext;

    public ChatWidgetPartDisplayDriver(
        IChatResetSiteOptions siteOptions,
        ChatResetPageRenderer pageRenderer,
        IResourceManager resourceManager,
        IHttpContextAccessor httpContextAccessor,
        IAuthorizationService authorizationService,
        IOptions<AdminOptions> adminOptions,
        OrchardPageContext pageContext)
    {
        ArgumentNullException.ThrowIfNull(adminOptions);

        _siteOptions = siteOptions;
        _pageRenderer = pageRenderer;
        _resourceManager = resourceManager;
        _httpContextAccessor = httpContextAccessor;
        _authorizationService = authorizationService;
        _adminOptions = adminOptions.Value;
        _pageContext = pageContext;
    }

    public override async Task<IDisplayResult?> DisplayAsync(ChatWidgetPart part, BuildPartDisplayContext context)
    {
        ArgumentNullException.ThrowIfNull(part);

        var httpContext = _httpContextAccessor.HttpContext;
        if (httpContext is null || AdminAttribute.IsApplied(httpContext))
        {
            return null;
        }

        var settings = await _siteOptions.GetAsync();
        if (settings.Options is null)
        {
            // One note per page, however many Chat widgets it has, like the chat itself.
            if (!await _authorizationService.AuthorizeAsync(httpContext.User, ChatResetPermissions.ManageChatDeployment)
                || !httpContext.Items.TryAdd(SettingsHintKey, true))
            {
                return null;
            }

            var settingsUrl = SettingsUrl(httpContext);
            return Initialize<ChatWidgetSettingsHintViewModel>(SettingsHintShapeType, model =>
            {
                model.Problems = settings.Errors.Select(error => error.Message).ToList();
                model.SettingsUrl = settingsUrl;
            }).Location("Detail", "Content");
        }

        if (!(httpContext.Features.Get<ITrackingConsentFeature>()?.CanTrack ?? true))
        {
            return null;
        }

        // The first placed widget creates the page's chat with what every deployment shares; every placed widget then
        // says which deployment it asks for and where it sits, and the page's deployment is chosen when it is written.
        var page = ChatWidgetPage.Existing(httpContext) ?? ChatWidgetPage.Create(
            httpContext,
            _pageRenderer,
            settings,
            part.EndOfChatMessage,
            await _pageContext.ComputeAsync(httpContext, part.ContentItem, settings.HiddenPrechatFields),
            // Verified chat (ChatReset.Module/Verification): on a site with it on, what the script needs about the visitor.
            settings.AnyVerifiedChat && httpContext.RequestServices?.GetService<ChatResetUserVerification>() is { } verification
                ? await verification.GetClientConfigAsync(httpContext)
                : null);
        var display = Initialize<ChatWidgetPartViewModel>(GetDisplayShapeType(context), model =>
        {
            page.Add(part.DeploymentName, OrchardPageContext.LayerOf(part.ContentItem));
            if (page.TryClaim())
            {
                _resourceManager.RegisterFootScript(page.Assets);
                model.Host = page.Host;
            }

            model.ChatWidgetPart = part;
            model.ContentItem = part.ContentItem;
        }).Location("Detail", "Content");

        // Widgets asking for different deployments: those who manage the deployment learn which one won and why, once
        // per page (the shape writes nothing when the widgets agree). Visitors who are not signed in never may, and
        // asking Orchard for their permissions on every page view would cost more than the rest of the widget.
        if (httpContext.User.Identity?.IsAuthenticated != true
            || !await _authorizationService.AuthorizeAsync(httpContext.User, ChatResetPermissions.ManageChatDeployment)
            || !httpContext.Items.TryAdd(DeploymentHintKey, true))
        {
            return display;
        }

        var hint = Initialize<ChatDeploymentChoiceHintViewModel>(DeploymentHintShapeType, model => model.Page = page)
            .Location("Detail", "Content");
        return Combine(display, hint);
    }

    public override async Task<IDisplayResult> EditAsync(ChatWidgetPart part, BuildPartEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(part);

        return BuildEditor(part.EndOfChatMessage, part.DeploymentName, await CanEditWordingAsync(), context);
    }

    public override async Task<IDisplayResult> UpdateAsync(ChatWidgetPart part, UpdatePartEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(context);

        // The override is chat wording: whoever may edit the widget but not the wording (a Contributor on their own
        // page, say) keeps the stored message, whatever the post says. The deployment is the widget's own choice.
        var canEditWording = await CanEditWordingAsync();
        var viewModel = new ChatWidgetPartEditViewModel();
        if (canEditWording)
        {
            await context.Updater.TryUpdateModelAsync(viewModel, Prefix, m => m.EndOfChatMessage!, m => m.DeploymentName!);
        }
        else
        {
            await context.Updater.TryUpdateModelAsync(viewModel, Prefix, m => m.DeploymentName!);
            viewModel.EndOfChatMessage = part.EndOfChatMessage;
        }

        var deploymentName = ChatSettingsValidation.Clean(viewModel.DeploymentName);
        var valid = true;
        if (deploymentName is not null && !(await DeploymentNamesAsync()).Contains(deploymentName, StringComparer.OrdinalIgnoreCase))
        {
            context.Updater.ModelState.AddModelError(
                $"{Prefix}.{nameof(ChatWidgetPartEditViewModel.DeploymentName)}",
                "Deployment: choose one of the deployments on the Salesforce Chat page, or the site's rules.");
            valid = false;
        }

        var error = ChatResetOptionsValidator.ValidateEndOfChatMessage(viewModel.EndOfChatMessage);
        if (canEditWording && error is { Problem: ChatResetProblem.Invalid })
        {
            context.Updater.ModelState.AddModelError($"{Prefix}.{nameof(ChatWidgetPartEditViewModel.EndOfChatMessage)}", error.Message);
            valid = false;
        }

        if (!valid)
        {
            // Show what was typed next to its error; the part keeps its stored values.
            return BuildEditor(viewModel.EndOfChatMessage, viewModel.DeploymentName, canEditWording, context);
        }

        // A missing message is no error here: the widget then uses the site's wording.
        if (canEditWording)
        {
            part.EndOfChatMessage = error is null ? viewModel.EndOfChatMessage : null;
        }

        part.DeploymentName = deploymentName;
        return BuildEditor(part.EndOfChatMessage, part.DeploymentName, canEditWording, context);
    }

    private Task<bool> CanEditWordingAsync()
        => _authorizationService.AuthorizeAsync(_httpContextAccessor.HttpContext?.User, ChatResetPermissions.EditChatWording);

    /// <summary>The names a widget may ask for: the default deployment's, then the others' in the administrator's order.</summary>
    private async Task<IReadOnlyList<string>> DeploymentNamesAsync()
        => [ChatResetDeploymentSelection.DefaultName, .. (await _siteOptions.GetAsync()).Deployments.Select(d => d.Rules.Name!)];

    private ShapeResult BuildEditor(string? endOfChatMessage, string? deploymentName, bool canEdit, BuildPartEditorContext context)
        => Initialize<ChatWidgetPartEditViewModel>(GetEditorShapeType(context), async model =>
        {
            var settings = await _siteOptions.GetAsync();
            model.EndOfChatMessage = endOfChatMessage;
            model.CanEditMessage = canEdit;
            model.SiteEndOfChatMessage = settings.Options?.EndOfChatMessage ?? ChatResetOptions.DefaultEndOfChatMessage;
            model.MaxLength = ChatResetOptionsValidator.MaxEndOfChatMessageLength;
            model.DeploymentName = deploymentName;
            model.DeploymentNames = await DeploymentNamesAsync();
        });

    private string SettingsUrl(HttpContext httpContext)
        => httpContext.Request.PathBase
            .Add(new PathString($"/{_adminOptions.AdminUrlPrefix.Trim('/')}/Settings/{ChatResetConstants.SettingsGroups.Deployment}"))
            .ToUriComponent();
}
