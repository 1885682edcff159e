using System.Globalization;
using System.Text.Encodings.Web;
using ChatReset.Core;
using ChatReset.Core.AspNetCore;
using ChatReset.Core.Deployments;
using ChatReset.Core.PageContext;
using ChatReset.Core.Rendering;
using ChatReset.Core.Verification;
using ChatReset.Module.Services;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace ChatReset.Module.Widgets;

/// <summary>
/// The chat of one page with Chat widgets: what every widget asks for, and the one deployment rendered, decided when
/// the page is written. Orchard builds every widget before anything is written (a content item's flow in the
/// controller, layer widgets in the layer filter before the result executes), so by the time <see cref="Host"/> or
/// <see cref="Assets"/> is written each widget has said which deployment it wants and on which layer it sits.
/// </summary>
internal sealed class ChatWidgetPage
{
    private static readonly object ItemKey = new();

    private readonly List<string> _requested = [];
    private readonly List<string> _layers = [];
    private readonly HttpContext _httpContext;
    private readonly ChatResetPageRenderer _renderer;
    private readonly ChatResetSiteOptionsResult _site;
    private readonly string? _endOfChatMessage;
    private readonly HiddenPrechatFieldValues? _hiddenPrechatFields;
    private readonly UserVerificationClientConfig? _userVerification;
    private ChatResetDeploymentChoice? _choice;
    private ChatResetParts? _parts;
    private bool _claimed;

    private ChatWidgetPage(
        HttpContext httpContext,
        ChatResetPageRenderer renderer,
        ChatResetSiteOptionsResult site,
        string? endOfChatMessage,
        HiddenPrechatFieldValues? hiddenPrechatFields,
        UserVerificationClientConfig? userVerification)
    {
        _httpContext = httpContext;
        _renderer = renderer;
        _site = site;
        _endOfChatMessage = endOfChatMessage;
        _hiddenPrechatFields = hiddenPrechatFields;
        _userVerification = userVerification;
        Host = new LazyHtml(this, parts => parts.Host);
        Assets = new LazyHtml(this, parts => parts.Assets);
    }

    /// <summary>The chat's host, written where the first Chat widget sits.</summary>
    public IHtmlContent Host { get; }

    /// <summary>The configuration, stylesheet and script, written with the layout's foot scripts.</summary>
    public IHtmlContent Assets { get; }

    /// <summary>The page's deployment and why; final once the page is being written.</summary>
    public ChatResetDeploymentChoice Choice => _choice ??= ChatResetDeploymentSelection.Choose(
        _site.DeploymentRules,
        new ChatResetDeploymentPage(_httpContext.Request.Path.Value, CultureInfo.CurrentUICulture.Name, _layers, _requested));

    /// <summary>The request's page, if a Chat widget created it already.</summary>
    public static ChatWidgetPage? Existing(HttpContext httpContext)
        => httpContext.Items.TryGetValue(ItemKey, out var existing) ? existing as ChatWidgetPage : null;

    /// <summary>
    /// Creates the request's page with what the first Chat widget found: the site's options (which must be complete),
    /// that widget's end-of-chat message (null: the site's wording), the page's hidden pre-chat fields and, on a site
    /// with verified chat on, what the script needs about the visitor.
    /// </summary>
    public static ChatWidgetPage Create(
        HttpContext httpContext,
        ChatResetPageRenderer renderer,
        ChatResetSiteOptionsResult site,
        string? endOfChatMessage,
        HiddenPrechatFieldValues? hiddenPrechatFields,
        UserVerificationClientConfig? userVerification)
    {
        var page = new ChatWidgetPage(httpContext, renderer, site, endOfChatMessage, hiddenPrechatFields, userVerification);
        httpContext.Items[ItemKey] = page;
        return page;
    }

    /// <summary>A placed widget's wishes: its deployment (null: the site's rules) and its layer (null: in a page's flow).</summary>
    public void Add(string? deploymentName, string? layer)
    {
        if (!string.IsNullOrWhiteSpace(deploymentName))
        {
            _requested.Add(deploymentName);
        }

        if (!string.IsNullOrWhiteSpace(layer))
        {
            _layers.Add(layer);
        }
    }

    /// <summary>True for the first caller only: the widget that writes the host and registers the assets.</summary>
    public bool TryClaim()
    {
        if (_claimed)
        {
            return false;
        }

        _claimed = true;
        return true;
    }

    private ChatResetParts? Render()
    {
        if (_parts is null)
        {
            var choice = Choice;
            var deployment = choice.IsDefault ? null : _site.Deployments[choice.Index];
            var options = deployment?.Options ?? _site.Options!;
            // A widget's own message that no longer passes Core's rules (saved under older rules) leaves the site's wording.
            if (ChatResetOptionsValidator.ValidateEndOfChatMessage(_endOfChatMessage) is null)
            {
                options = options with { EndOfChatMessage = _endOfChatMessage };
            }

            var verified = deployment?.VerifiedChat ?? _site.VerifiedChat;
            _parts = _renderer.RenderParts(_httpContext, options, _hiddenPrechatFields, verified ? _userVerification : null)
                ?? new ChatResetParts(HtmlString.Empty, HtmlString.Empty);
        }

        return _parts;
    }

    private sealed class LazyHtml(ChatWidgetPage page, Func<ChatResetParts, IHtmlContent> part) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            if (page.Render() is { } parts)
            {
                part(parts).WriteTo(writer, encoder);
            }
        }
    }
}
