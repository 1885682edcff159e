using ChatReset.Core;
using ChatReset.Core.AspNetCore;
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
/// Displays the Chat widget through ChatReset.Core and edits its optional end-of-chat message.
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
/// somewhere, so a widget placed nowhere claims nothing. Foot scripts keep the bootstrap out of partial results (an
/// AJAX-loaded fragment landing in a page that already has it; Salesforce refuses a second <c>init</c>): only a full
/// layout writes them, so a partial result carries the host alone.
/// </para>
/// </remarks>
public sealed class ChatWidgetPartDisplayDriver : ContentPartDisplayDriver<ChatWidgetPart>
{
    /// <summary>The note users who manage the deployment get instead of the chat while its settings are incomplete.</summary>
    public const string SettingsHintShapeType = "ChatWidgetSettingsHint";

    private static readonly object SettingsHintKey = new();

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

        var options = WithOverride(settings.Options, part.EndOfChatMessage);
        var hiddenPrechatFields = await _pageContext.ComputeAsync(httpContext, part.ContentItem);
        // Verified chat (ChatReset.Module/Verification): on a site with it on, what the script needs about the visitor.
        var verification = httpContext.RequestServices?.GetService<ChatResetUserVerification>();
        var userVerification = verification is null ? null : await verification.GetClientConfigAsync(httpContext);
        return Initialize<ChatWidgetPartViewModel>(GetDisplayShapeType(context), model =>
        {
            if (_pageRenderer.RenderParts(httpContext, options, hiddenPrechatFields, userVerification) is { } parts)
            {
                _resourceManager.RegisterFootScript(parts.Assets);
                model.Host = parts.Host;
            }

            model.ChatWidgetPart = part;
            model.ContentItem = part.ContentItem;
        }).Location("Detail", "Content");
    }

    public override async Task<IDisplayResult> EditAsync(ChatWidgetPart part, BuildPartEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(part);

        return BuildEditor(part.EndOfChatMessage, await CanEditWordingAsync(), context);
    }

    public override async Task<IDisplayResult> UpdateAsync(ChatWidgetPart part, UpdatePartEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(context);

        // The override is chat wording: whoever may edit the widget but not the wording (a Contributor on their own
        // page, say) keeps the stored message, whatever the post says.
        if (!await CanEditWordingAsync())
        {
            return BuildEditor(part.EndOfChatMessage, canEdit: false, context);
        }

        var viewModel = new ChatWidgetPartEditViewModel();
        await context.Updater.TryUpdateModelAsync(viewModel, Prefix, m => m.EndOfChatMessage!);

        var error = ChatResetOptionsValidator.ValidateEndOfChatMessage(viewModel.EndOfChatMessage);
        if (error is { Problem: ChatResetProblem.Invalid })
        {
            context.Updater.ModelState.AddModelError($"{Prefix}.{nameof(ChatWidgetPartEditViewModel.EndOfChatMessage)}", error.Message);

            // Show what was typed next to its error; the part keeps its stored value.
            return BuildEditor(viewModel.EndOfChatMessage, canEdit: true, context);
        }

        // A missing message is no error here: the widget then uses the site's wording.
        part.EndOfChatMessage = error is null ? viewModel.EndOfChatMessage : null;
        return BuildEditor(part.EndOfChatMessage, canEdit: true, context);
    }

    private Task<bool> CanEditWordingAsync()
        => _authorizationService.AuthorizeAsync(_httpContextAccessor.HttpContext?.User, ChatResetPermissions.EditChatWording);

    private ShapeResult BuildEditor(string? endOfChatMessage, bool canEdit, BuildPartEditorContext context)
        => Initialize<ChatWidgetPartEditViewModel>(GetEditorShapeType(context), async model =>
        {
            var settings = await _siteOptions.GetAsync();
            model.EndOfChatMessage = endOfChatMessage;
            model.CanEditMessage = canEdit;
            model.SiteEndOfChatMessage = settings.Options?.EndOfChatMessage ?? ChatResetOptions.DefaultEndOfChatMessage;
            model.MaxLength = ChatResetOptionsValidator.MaxEndOfChatMessageLength;
        });

    /// <summary>
    /// The site's options with this widget's message. No message, or one that no longer passes Core's rules (saved
    /// under older rules), leaves the site's wording rather than rendering text Core would refuse.
    /// </summary>
    private static ChatResetOptions WithOverride(ChatResetOptions options, string? endOfChatMessage)
        => ChatResetOptionsValidator.ValidateEndOfChatMessage(endOfChatMessage) is null
            ? options with { EndOfChatMessage = endOfChatMessage }
            : options;

    private string SettingsUrl(HttpContext httpContext)
        => httpContext.Request.PathBase
            .Add(new PathString($"/{_adminOptions.AdminUrlPrefix.Trim('/')}/Settings/{ChatResetConstants.SettingsGroups.Deployment}"))
            .ToUriComponent();
}
