namespace ChatReset.Module.Settings;

/// <summary>
/// Where the chat connects to: the Salesforce deployment and how the script behaves. Stored in site settings
/// under <c>ChatDeploymentSettings</c> (the "Salesforce Chat" settings page, a deployment plan, or a recipe's
/// <c>settings</c> step). Property names are the JSON keys; keep them stable.
/// </summary>
public sealed class ChatDeploymentSettings
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
