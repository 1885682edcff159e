using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChatReset.Module.Widgets.ViewModels;

/// <summary>The Chat widget editor: this widget's own end-of-chat message and the deployment it asks for.</summary>
/// <remarks>Not sealed: Orchard Core's <c>Initialize&lt;TModel&gt;</c> builds the shape as a proxy subclass of it.</remarks>
public class ChatWidgetPartEditViewModel
{
    /// <summary>The override as typed; empty means "use the site's wording".</summary>
    public string? EndOfChatMessage { get; set; }

    /// <summary>The site's wording, shown as the placeholder so editors see what an empty field means.</summary>
    [BindNever]
    public string? SiteEndOfChatMessage { get; set; }

    /// <summary>Whether the current user may change the message (permission EditChatWording); otherwise it is shown read-only.</summary>
    [BindNever]
    public bool CanEditMessage { get; set; }

    /// <summary>The longest message ChatReset.Core accepts.</summary>
    [BindNever]
    public int MaxLength { get; set; }

    /// <summary>The deployment this widget asks for; empty for the site's rules.</summary>
    public string? DeploymentName { get; set; }

    /// <summary>The deployments a widget may ask for, the default one first.</summary>
    [BindNever]
    public IReadOnlyList<string> DeploymentNames { get; set; } = [];
}
