using ChatReset.Module.Widgets.Models;
using Microsoft.AspNetCore.Html;
using OrchardCore.ContentManagement;

namespace ChatReset.Module.Widgets.ViewModels;

/// <summary>
/// What the <c>ChatWidgetPart</c> display templates (Razor and Liquid) receive: either the chat's host from
/// ChatReset.Core, or, for users who manage the deployment while it is incomplete, what is missing and where to fix it.
/// </summary>
/// <remarks>Not sealed: Orchard Core's <c>Initialize&lt;TModel&gt;</c> builds the shape as a proxy subclass of it.</remarks>
public class ChatWidgetPartViewModel
{
    /// <summary>
    /// ChatReset.Core's host (notice live region, optional launcher), written where the widget sits; null for every
    /// widget but the first of a page. The configuration, stylesheet and script go to the page foot, not here.
    /// </summary>
    public IHtmlContent? Host { get; set; }

    /// <summary>True when the settings hint is shown instead of the chat.</summary>
    public bool ShowSettingsHint { get; set; }

    /// <summary>What keeps the chat off the page: each missing or invalid setting with its rule, never its value.</summary>
    public IReadOnlyList<string> SettingsProblems { get; set; } = [];

    /// <summary>The "Salesforce Chat" settings page.</summary>
    public string? SettingsUrl { get; set; }

    public ChatWidgetPart? ChatWidgetPart { get; set; }

    public ContentItem? ContentItem { get; set; }
}
