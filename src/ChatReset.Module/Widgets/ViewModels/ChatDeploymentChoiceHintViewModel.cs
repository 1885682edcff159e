namespace ChatReset.Module.Widgets.ViewModels;

/// <summary>
/// What the <c>ChatDeploymentChoiceHint</c> templates (Razor and Liquid) receive: the page's deployment and why, read
/// when the page is written (every widget has asked by then). Only users who manage the deployment get this shape, and
/// it shows something only when widgets on the page asked for different deployments.
/// </summary>
/// <remarks>Not sealed: Orchard Core's <c>Initialize&lt;TModel&gt;</c> builds the shape as a proxy subclass of it.</remarks>
public class ChatDeploymentChoiceHintViewModel
{
    internal ChatWidgetPage? Page { get; set; }

    /// <summary>Chat widgets on the page asked for different deployments.</summary>
    public bool Contested => Page?.Choice.Contested ?? false;

    /// <summary>The deployment the page uses.</summary>
    public string? Deployment => Page?.Choice.Name;
}
