using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChatReset.Module.ViewModels;

/// <summary>
/// The "Salesforce Chat" settings editor: the default deployment's fields and a row per additional deployment; also
/// what a <c>ChatResetSettings</c> recipe step's default deployment is read into, so that both are cleaned the same way.
/// </summary>
/// <remarks>Not sealed: Orchard builds editor shapes as proxies of their view model.</remarks>
public class ChatDeploymentSettingsViewModel : ChatDeploymentFieldsViewModel
{
    /// <summary>The view data entry that tells each deployment's fields that the host forces production mode.</summary>
    public const string ProductionModeForcedKey = "ChatReset.ProductionModeForced";

    /// <summary>The additional deployments, then one empty row to add one.</summary>
    public List<ChatDeploymentRowViewModel> Deployments { get; set; } = [];

    /// <summary>Set by the host's configuration; the page then shows production mode as locked on.</summary>
    [BindNever]
    public bool ProductionModeForced { get; set; }

    /// <summary>The stored settings fail Core's rules (imported without validation); their errors are on the fields.</summary>
    [BindNever]
    public bool StoredSettingsInvalid { get; set; }

    internal void Load(ChatDeploymentSettings settings)
    {
        base.Load(settings);
        Deployments = [.. settings.Deployments.Select(ChatDeploymentRowViewModel.From), new ChatDeploymentRowViewModel()];
    }

    /// <summary>
    /// The additional deployments as entered, in order: null for a row marked for removal or left empty, so that
    /// validation counts rows as the page shows them.
    /// </summary>
    internal List<NamedChatDeployment?> PostedDeployments()
        => Deployments.Select(row => row is null || row.Remove || row.IsEmpty ? null : row.ToDeployment()).ToList();
}

/// <summary>One additional deployment on the "Salesforce Chat" page: its name, its rules and its fields.</summary>
/// <remarks>Not sealed: bound by MVC like its parent.</remarks>
public class ChatDeploymentRowViewModel : ChatDeploymentFieldsViewModel
{
    private static readonly char[] Separators = [',', '\n', '\r'];

    public string? Name { get; set; }

    /// <summary>Culture names, separated by commas.</summary>
    public string? Cultures { get; set; }

    /// <summary>Path prefixes, separated by commas.</summary>
    public string? PathPrefixes { get; set; }

    /// <summary>Layer names, separated by commas.</summary>
    public string? Layers { get; set; }

    public bool VerifiedChat { get; set; }

    /// <summary>Ticked to delete the deployment on save.</summary>
    public bool Remove { get; set; }

    /// <summary>Nothing typed: the page's empty row for adding a deployment.</summary>
    internal bool IsEmpty => ChatSettingsValidation.Clean(Name) is null && ChatSettingsValidation.Clean(OrgId) is null
        && ChatSettingsValidation.Clean(DeploymentApiName) is null && ChatSettingsValidation.Clean(SiteUrl) is null
        && ChatSettingsValidation.Clean(Scrt2Url) is null && ChatSettingsValidation.Clean(Cultures) is null
        && ChatSettingsValidation.Clean(PathPrefixes) is null && ChatSettingsValidation.Clean(Layers) is null;

    internal static ChatDeploymentRowViewModel From(NamedChatDeployment deployment)
    {
        var row = new ChatDeploymentRowViewModel
        {
            Name = deployment.Name,
            Cultures = string.Join(", ", deployment.Cultures ?? []),
            PathPrefixes = string.Join(", ", deployment.PathPrefixes ?? []),
            Layers = string.Join(", ", deployment.Layers ?? []),
            VerifiedChat = deployment.VerifiedChat,
        };
        row.Load(deployment);
        return row;
    }

    /// <summary>The deployment as entered, trimmed, blank as null, each list without empty entries.</summary>
    internal NamedChatDeployment ToDeployment()
    {
        var deployment = new NamedChatDeployment
        {
            Name = ChatSettingsValidation.Clean(Name),
            Cultures = Split(Cultures),
            PathPrefixes = Split(PathPrefixes),
            Layers = Split(Layers),
            VerifiedChat = VerifiedChat,
        };
        ApplyTo(deployment);
        return deployment;
    }

    private static List<string> Split(string? values)
        => values?.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() ?? [];
}

/// <summary>One deployment's fields as the settings page and the recipe step read them, for the default and every other.</summary>
/// <remarks>Not sealed: the default deployment's editor and each row share it.</remarks>
public abstract class ChatDeploymentFieldsViewModel
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

    internal void Load(ChatDeploymentFields settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

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
    internal void ApplyTo(ChatDeploymentFields settings)
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
