using ChatReset.Core;
using ChatReset.Core.Deployments;
using ChatReset.Core.PageContext;

namespace ChatReset.Module.Services;

/// <summary>
/// What <see cref="IChatResetSiteOptions"/> found. <see cref="Options"/> is null when the chat must not be rendered;
/// <see cref="Errors"/> then names every setting that keeps it off the page, whether nobody has filled it in yet or a
/// recipe, a deployment plan or an older release stored a value Core's rules refuse.
/// </summary>
/// <remarks>
/// <see cref="Deployments"/> are the additional deployments that pass Core's rules, in the administrator's order, with
/// their wording for the same culture; one that does not is left out (its pages use the default deployment) until the
/// Salesforce Chat page, which marks its errors, is saved again.
/// </remarks>
public sealed record ChatResetSiteOptionsResult(ChatResetOptions? Options, IReadOnlyList<ChatResetValidationError> Errors)
{
    /// <summary>Verified chat is on for the default deployment (the site's verified chat switch).</summary>
    public bool VerifiedChat { get; init; }

    /// <summary>The additional deployments that can be rendered.</summary>
    public IReadOnlyList<ChatResetSiteDeployment> Deployments
    {
        get;
        init
        {
            field = value;
            DeploymentRules = [.. value.Select(deployment => deployment.Rules)];
        }
    } = [];

    /// <summary>The rules of <see cref="Deployments"/>, in the same order: what a page's choice is made from, listed once per settings change.</summary>
    public IReadOnlyList<ChatResetDeployment> DeploymentRules { get; private init; } = [];

    /// <summary>The site's hidden pre-chat field mapping (page context), as stored.</summary>
    public IReadOnlyList<HiddenPrechatField> HiddenPrechatFields { get; init; } = [];

    /// <summary>Verified chat is on for the default deployment or for another: pages may need what the script needs about the visitor.</summary>
    public bool AnyVerifiedChat => VerifiedChat || Deployments.Any(deployment => deployment.VerifiedChat);

    /// <summary>True when <see cref="Options"/> can be rendered.</summary>
    public bool IsComplete => Options is not null;
}

/// <summary>An additional deployment ready to render: its name and rules, its options, and whether it verifies visitors.</summary>
public sealed record ChatResetSiteDeployment(ChatResetDeployment Rules, ChatResetOptions Options, bool VerifiedChat);
