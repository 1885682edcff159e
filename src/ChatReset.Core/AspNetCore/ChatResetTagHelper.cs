using System.Globalization;
using ChatReset.Core.Deployments;
using ChatReset.Core.PageContext;
using ChatReset.Core.Verification;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatReset.Core.AspNetCore;

/// <summary>
/// <c>&lt;chat-reset /&gt;</c>: places the Salesforce chat with its end-of-chat reset. Several on one page render once.
/// Enable with <c>@addTagHelper *, ChatReset.Core</c>. <c>page-title</c> gives the page's title to the hidden
/// pre-chat fields that map it: <c>&lt;chat-reset page-title="@ViewData["Title"]" /&gt;</c>.
/// </summary>
[HtmlTargetElement("chat-reset", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChatResetTagHelper : TagHelper
{
    private readonly ChatResetPageRenderer _pageRenderer;
    // IOptionsMonitor, not IOptionsSnapshot: a snapshot binds and validates the section again in every request,
    // work a page render does not need; the monitor keeps one validated instance until the configuration changes.
    private readonly IOptionsMonitor<ChatResetOptions> _options;
    private readonly IOptionsMonitor<ChatResetPageContextOptions> _pageContext;
    private readonly IOptionsMonitor<ChatResetDeploymentsOptions> _deployments;

    /// <summary>Created by Razor from the request's services; options come from the <c>ChatReset</c> section.</summary>
    public ChatResetTagHelper(
        ChatResetPageRenderer pageRenderer,
        IOptionsMonitor<ChatResetOptions> options,
        IOptionsMonitor<ChatResetPageContextOptions> pageContext,
        IOptionsMonitor<ChatResetDeploymentsOptions> deployments)
    {
        _pageRenderer = pageRenderer;
        _options = options;
        _pageContext = pageContext;
        _deployments = deployments;
    }

    /// <summary>The page's title, plain text, for hidden pre-chat fields with the <see cref="PageFactSources.PageTitle"/> source.</summary>
    [HtmlAttributeName("page-title")]
    public string? PageTitle { get; set; }

    /// <summary>Set by Razor: the view being rendered, for its <see cref="Microsoft.AspNetCore.Http.HttpContext"/>.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>
    /// Replaces the element with ChatReset's markup, or with nothing when the page already has it; for a signed-in
    /// visitor of a site with verified chat on, the markup tells the script where to get identity tokens.
    /// </summary>
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var httpContext = ViewContext.HttpContext;
        var verification = httpContext.RequestServices.GetService<ChatResetUserVerification>();
        var userVerification = verification is null ? null : await verification.GetClientConfigAsync(httpContext);
        output.TagName = null;
        var hiddenPrechatFields = HiddenPrechatFieldValues.Compute(
            _pageContext.CurrentValue.HiddenPrechatFields, PageFacts.FromRequest(httpContext.Request, PageTitle));
        var page = new ChatResetDeploymentPage(httpContext.Request.Path.Value, CultureInfo.CurrentUICulture.Name);
        var options = _deployments.CurrentValue.OptionsFor(_options.CurrentValue, page);
        output.Content.SetHtmlContent(_pageRenderer.Render(httpContext, options, hiddenPrechatFields, userVerification));
    }
}
