using ChatReset.Module.Widgets.Models;
using Microsoft.AspNetCore.Html;
using OrchardCore.ContentManagement;

namespace ChatReset.Module.Widgets.ViewModels;

/// <summary>What the <c>ChatWidgetPart</c> display templates (Razor and Liquid) receive: the chat's host from ChatReset.Core.</summary>
/// <remarks>Not sealed: Orchard Core's <c>Initialize&lt;TModel&gt;</c> builds the shape as a proxy subclass of it.</remarks>
public class ChatWidgetPartViewModel
{
    /// <summary>
    /// ChatReset.Core's host (notice live region, optional launcher), written where the widget sits; null for every
    /// widget but the first of a page. The configuration, stylesheet and script go to the page foot, not here.
    /// </summary>
    public IHtmlContent? Host { get; set; }

    public ChatWidgetPart? ChatWidgetPart { get; set; }

    public ContentItem? ContentItem { get; set; }
}
