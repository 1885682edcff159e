using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChatReset.Module.ViewModels;

/// <summary>
/// The "Salesforce Chat" settings editor, and what a <c>ChatResetSettings</c> recipe step's deployment is read into,
/// so that both are cleaned the same way.
/// </summary>
/// <remarks>Not sealed: Orchard builds editor shapes as proxies of their view model.</remarks>
public class ChatDeploymentSettingsViewModel
{
    public string? OrgId { get; set; }

    public string? DeploymentApiName { get; set; }

    public string? SiteUrl { get; set; }

    public string? Scrt2Url { get; set; }

    public string? Language { get; set; }

    public string? BootstrapUrl { get; set; }

    /// <summary>On, as on a new site, unless the post or the recipe turns it off.</summary>
    public bool ProductionMode { get; set; } = true;

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

    /// <summary>Writes what was entered into <paramref name="settings"/>, trimmed, blank as null.</summary>
    internal void ApplyTo(ChatDeploymentSettings settings)
    {
        settings.OrgId = ChatSettingsValidation.Clean(OrgId);
        settings.DeploymentApiName = ChatSettingsValidation.Clean(DeploymentApiName);
        settings.SiteUrl = ChatSettingsValidation.Clean(SiteUrl);
        settings.Scrt2Url = ChatSettingsValidation.Clean(Scrt2Url);
        settings.Language = ChatSettingsValidation.Clean(Language);
        settings.BootstrapUrl = ChatSettingsValidation.Clean(BootstrapUrl);
        settings.ProductionMode = ProductionMode;
        settings.LoadOnInteraction = LoadOnInteraction;
    }
}
