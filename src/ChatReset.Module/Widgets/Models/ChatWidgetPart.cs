using OrchardCore.ContentManagement;

namespace ChatReset.Module.Widgets.Models;

/// <summary>
/// The Chat widget's part: places Salesforce Enhanced Chat with ChatReset on the pages of the widget's layer.
/// </summary>
/// <remarks>Not sealed: Orchard Core creates parts through <c>new()</c> and serialises their public properties.</remarks>
public class ChatWidgetPart : ContentPart
{
    /// <summary>
    /// This widget's end-of-chat message, or null to use the site's wording. Validated with ChatReset.Core's rules
    /// when saved; plain text, never interpreted as markup.
    /// </summary>
    public string? EndOfChatMessage { get; set; }

    /// <summary>
    /// The deployment this widget asks for by name (<c>Default</c> for the default one), or null to follow the site's
    /// rules. Asking outranks every rule; when widgets on a page ask for different ones, the one listed first wins.
    /// </summary>
    public string? DeploymentName { get; set; }
}
