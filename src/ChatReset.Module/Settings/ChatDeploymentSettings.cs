namespace ChatReset.Module.Settings;

/// <summary>
/// Where the chat connects to: the Salesforce deployment and how the script behaves. Stored in site settings
/// under <c>ChatDeploymentSettings</c> (the "Salesforce Chat" settings page, a deployment plan, or a recipe's
/// <c>settings</c> step). Its own fields are the default deployment, as sites stored them before additional
/// deployments existed; <see cref="Deployments"/> lists the others. Property names are the JSON keys; keep them stable.
/// </summary>
public sealed class ChatDeploymentSettings : ChatDeploymentFields
{
    /// <summary>The additional deployments, in the administrator's order (which breaks ties between their rules).</summary>
    public List<NamedChatDeployment> Deployments { get; set; } = [];
}

/// <summary>
/// An additional deployment: a name, the rules choosing it for a page (see
/// <see cref="ChatReset.Core.Deployments.ChatResetDeploymentSelection"/>) and its own deployment fields.
/// </summary>
public sealed class NamedChatDeployment : ChatDeploymentFields
{
    public string? Name { get; set; }

    public List<string> Cultures { get; set; } = [];

    public List<string> PathPrefixes { get; set; } = [];

    public List<string> Layers { get; set; } = [];

    /// <summary>Verified chat on pages using this deployment (the keys, issuer and subject are the site's).</summary>
    public bool VerifiedChat { get; set; }
}

/// <summary>One deployment's Salesforce settings and the script's switches, the same for the default and every other.</summary>
/// <remarks>Not sealed: the default deployment and the additional ones share it.</remarks>
public abstract class ChatDeploymentFields
{
    public string? OrgId { get; set; }

    public string? DeploymentApiName { get; set; }

    public string? SiteUrl { get; set; }

    public string? Scrt2Url { get; set; }

    public string? Language { get; set; }

    /// <summary>Empty for Salesforce's own bootstrap; a site-relative path serves a simulated client (tests, demos).</summary>
    public string? BootstrapUrl { get; set; }

    /// <summary>On unless an administrator turns it off: production mode writes nothing to the browser console.</summary>
    public bool ProductionMode { get; set; } = true;

    public bool LoadOnInteraction { get; set; }
}
