using System.Text.Encodings.Web;
using ChatReset.Core;
using ChatReset.Core.AspNetCore;
using ChatReset.Module.Filters;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace ChatReset.Module.Widgets;

/// <summary>
/// The chat markup of one widget, produced by ChatReset.Core when the widget is written into the page rather than
/// when its shape is built.
/// </summary>
/// <remarks>
/// Deciding at write time lets <see cref="ChatWidgetFilter"/> mark the page first (layers build widgets inside a
/// result filter, content items before any), and makes "once per page" follow the order visitors see: the first
/// widget written carries the bootstrap, the others write nothing. The outcome is kept, so writing the same widget
/// twice (e.g. a theme that measures a zone before placing it) yields the same markup both times.
/// </remarks>
internal sealed class ChatWidgetHtml : IHtmlContent
{
    private readonly ChatResetPageRenderer _pageRenderer;
    private readonly HttpContext _httpContext;
    private readonly ChatResetOptions _options;
    private IHtmlContent? _rendered;

    public ChatWidgetHtml(ChatResetPageRenderer pageRenderer, HttpContext httpContext, ChatResetOptions options)
    {
        _pageRenderer = pageRenderer;
        _httpContext = httpContext;
        _options = options;
    }

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        _rendered ??= ChatWidgetFrontEndPage.IsMarked(_httpContext)
            ? _pageRenderer.Render(_httpContext, _options)
            : HtmlString.Empty;
        _rendered.WriteTo(writer, encoder);
    }
}
