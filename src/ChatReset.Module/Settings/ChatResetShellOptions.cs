namespace ChatReset.Module.Settings;

/// <summary>
/// What the people who run the host decide for a tenant, above anything site administrators set: section
/// <c>OrchardCore:OrchardCore_ChatReset</c> of the tenant's configuration (appsettings.json or environment, e.g.
/// <c>OrchardCore__OrchardCore_ChatReset__ForceProductionMode=true</c>). The earlier key <c>OrchardCore:ChatReset</c>
/// is still read; the new one wins where both are set.
/// </summary>
public sealed class ChatResetShellOptions
{
    /// <summary>The configuration section inside the tenant's (shell) configuration, after Orchard Core's convention.</summary>
    public const string SectionName = "OrchardCore_ChatReset";

    /// <summary>The section the first release read; still honoured.</summary>
    public const string LegacySectionName = "ChatReset";

    /// <summary>When true, production mode is on whatever the site settings say (no console output at all).</summary>
    public bool ForceProductionMode { get; set; }

    /// <summary>
    /// The one site-relative path site settings may name as the bootstrap (a simulated Salesforce client on a test
    /// site); see <see cref="ChatReset.Core.ChatResetOptions.AllowedLocalBootstrapPath"/>. Empty on a real site.
    /// </summary>
    public string? AllowedLocalBootstrapPath { get; set; }
}
