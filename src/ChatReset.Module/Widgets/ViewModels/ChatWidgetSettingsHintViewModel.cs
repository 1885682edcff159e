namespace ChatReset.Module.Widgets.ViewModels;

/// <summary>
/// What the <c>ChatWidgetSettingsHint</c> templates (Razor and Liquid) receive: why the chat is off the page and where
/// to fix it. Only users who manage the deployment get this shape.
/// </summary>
/// <remarks>Not sealed: Orchard Core's <c>Initialize&lt;TModel&gt;</c> builds the shape as a proxy subclass of it.</remarks>
public class ChatWidgetSettingsHintViewModel
{
    /// <summary>Each missing or invalid setting with its rule, never its value.</summary>
    public IReadOnlyList<string> Problems { get; set; } = [];

    /// <summary>The "Salesforce Chat" settings page.</summary>
    public string? SettingsUrl { get; set; }
}
