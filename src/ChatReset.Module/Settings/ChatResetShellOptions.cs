namespace ChatReset.Module.Settings;

/// <summary>
/// Host-level overrides from the tenant's configuration, section <c>OrchardCore:ChatReset</c> in appsettings.json
/// (environment: <c>OrchardCore__ChatReset__ForceProductionMode=true</c>).
/// </summary>
public sealed class ChatResetShellOptions
{
    /// <summary>The configuration section inside the tenant's (shell) configuration.</summary>
    public const string SectionName = "ChatReset";

    /// <summary>When true, production mode is on whatever the site settings say (no console output at all).</summary>
    public bool ForceProductionMode { get; set; }
}
