using ChatReset.Module.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChatReset.Module.ViewModels;

/// <summary>The "Salesforce Chat" settings editor.</summary>
/// <remarks>Not sealed: Orchard builds editor shapes as proxies of their view model.</remarks>
public class ChatDeploymentSettingsViewModel
{
    public string? OrgId { get; set; }

    public string? DeploymentApiName { get; set; }

    public string? SiteUrl { get; set; }

    public string? Scrt2Url { get; set; }

    public string? Language { get; set; }

    public string? BootstrapUrl { get; set; }

    public bool ProductionMode { get; set; }

    public bool LoadOnInteraction { get; set; }

    /// <summary>Set by the host's configuration; the page then shows production mode as locked on.</summary>
    [BindNever]
    public bool ProductionModeForced { get; set; }

    /// <summary>The stored settings fail Core's rules (imported without validation); their errors are on the fields.</summary>
    [BindNever]
    public bool StoredSettingsInvalid { get; set; }

    internal void Load(ChatDeploymentSettings settings)
    {
        OrgId = settings.OrgId;
        DeploymentApiName = settings.DeploymentApiName;
        SiteUrl = settings.SiteUrl;
        Scrt2Url = settings.Scrt2Url;
        Language = settings.Language;
        BootstrapUrl = settings.BootstrapUrl;
        ProductionMode = settings.ProductionMode;
        LoadOnInteraction = settings.LoadOnInteraction;
    }
}
