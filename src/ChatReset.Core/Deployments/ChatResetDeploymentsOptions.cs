using Microsoft.Extensions.Configuration;

namespace ChatReset.Core.Deployments;

/// <summary>
/// The additional deployments of a plain ASP.NET Core host, from <c>ChatReset:Deployments:N</c>: each entry's
/// <c>Name</c>, <c>Cultures</c> and <c>PathPrefixes</c>, and any <see cref="ChatResetOptions"/> setting, which
/// overrides the <c>ChatReset</c> section's own for pages that use that deployment. Validated on start by
/// <see cref="ChatResetDeploymentRules"/>.
/// </summary>
public sealed class ChatResetDeploymentsOptions
{
    /// <summary>The subsection of <c>ChatReset</c> that lists the additional deployments.</summary>
    public const string SectionName = "Deployments";

    /// <summary>The additional deployments, in the configuration's order; a null entry is an empty one.</summary>
    public IReadOnlyList<ChatResetDeploymentEntry?> Deployments { get; set; } = [];

    /// <summary>
    /// Reads the entries under <paramref name="section"/> (the <c>ChatReset</c> section): each deployment starts from
    /// <paramref name="defaults"/> (the default deployment's options) and takes what its entry sets.
    /// </summary>
    public static IReadOnlyList<ChatResetDeploymentEntry?> Read(IConfigurationSection section, ChatResetOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(defaults);

        return section.GetSection(SectionName).GetChildren()
            .OrderBy(child => int.TryParse(child.Key, out var index) ? index : int.MaxValue)
            .Select(child =>
            {
                var deployment = child.Get<ChatResetDeployment>() ?? new ChatResetDeployment();
                var options = defaults with { };
                child.Bind(options);
                return (ChatResetDeploymentEntry?)new ChatResetDeploymentEntry(deployment, options);
            })
            .ToList();
    }

    /// <summary>The options of the deployment <paramref name="page"/> uses: <paramref name="defaults"/> or an entry's.</summary>
    public ChatResetOptions OptionsFor(ChatResetOptions defaults, ChatResetDeploymentPage page)
    {
        ArgumentNullException.ThrowIfNull(defaults);

        // Called for every page: a host without additional deployments allocates nothing here.
        if (Deployments.Count == 0)
        {
            return defaults;
        }

        var entries = Deployments.OfType<ChatResetDeploymentEntry>().ToList();
        var choice = ChatResetDeploymentSelection.Choose(entries.Select(entry => entry.Deployment).ToList(), page);
        return choice.IsDefault ? defaults : entries[choice.Index].Options;
    }
}
