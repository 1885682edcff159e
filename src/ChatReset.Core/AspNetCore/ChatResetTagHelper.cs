using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;

namespace ChatReset.Core.AspNetCore;

/// <summary>
/// <c>&lt;chat-reset /&gt;</c>: places the Salesforce chat with its end-of-chat reset. Several on one page render once.
/// Enable with <c>@addTagHelper *, ChatReset.Core</c>.
/// </summary>
[HtmlTargetElement("chat-reset", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChatResetTagHelper : TagHelper
{
    private readonly ChatResetPageRenderer _pageRenderer;
    private readonly IOptionsSnapshot<ChatResetOptions> _options;

    public ChatResetTagHelper(ChatResetPageRenderer pageRenderer, IOptionsSnapshot<ChatResetOptions> options)
    {
        _pageRenderer = pageRenderer;
        _options = options;
    }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(_pageRenderer.Render(ViewContext.HttpContext, _options.Value));
    }
}
