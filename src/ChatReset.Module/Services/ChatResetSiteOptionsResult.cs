using ChatReset.Core;

namespace ChatReset.Module.Services;

/// <summary>
/// What <see cref="IChatResetSiteOptions"/> found. <see cref="Options"/> is null when the chat must not be rendered;
/// <see cref="Errors"/> then names every setting that keeps it off the page, whether nobody has filled it in yet or a
/// recipe, a deployment plan or an older release stored a value Core's rules refuse.
/// </summary>
public sealed record ChatResetSiteOptionsResult(ChatResetOptions? Options, IReadOnlyList<ChatResetValidationError> Errors)
{
    /// <summary>True when <see cref="Options"/> can be rendered.</summary>
    public bool IsComplete => Options is not null;
}
