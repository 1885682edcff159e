namespace ChatReset.Core.Deployments;

/// <summary>
/// An additional deployment's name and the rules that choose it for a page (see <see cref="ChatResetDeploymentSelection"/>).
/// Its Salesforce settings are a <see cref="ChatResetOptions"/> of their own, kept beside it by the host. Bound from
/// <c>ChatReset:Deployments:N</c> in plain ASP.NET Core; the Orchard Core module maps its stored rows into it.
/// </summary>
public sealed class ChatResetDeployment
{
    /// <summary>
    /// The deployment's key, shown to editors: letters, digits, <c>-</c> and <c>_</c>, unique (case-insensitive), never
    /// <see cref="ChatResetDeploymentSelection.DefaultName"/>.
    /// </summary>
    public string? Name { get; set; }

    /// <summary>Culture names whose pages use this deployment (<c>fr</c> also covers <c>fr-CA</c>).</summary>
    public List<string> Cultures { get; set; } = [];

    /// <summary>Site-relative path prefixes, e.g. <c>/support</c>, matched on whole path segments, case-insensitively.</summary>
    public List<string> PathPrefixes { get; set; } = [];

    /// <summary>Layer names: a page with a Chat widget on one of these layers uses this deployment (Orchard Core only).</summary>
    public List<string> Layers { get; set; } = [];
}
