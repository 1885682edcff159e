using ChatReset.Core;

namespace ChatReset.Module.Services;

/// <summary>
/// What <see cref="IChatResetSiteOptions"/> found. <see cref="Options"/> is null when the chat must not be rendered:
/// <see cref="MissingFields"/> then names the required deployment settings nobody has filled in yet, and
/// <see cref="Errors"/> the stored values that fail validation (possible when a recipe or deployment plan wrote them).
/// </summary>
public sealed record ChatResetSiteOptionsResult(
    ChatResetOptions? Options,
    IReadOnlyList<string> MissingFields,
    IReadOnlyList<ChatResetValidationError> Errors)
{
    /// <summary>True when <see cref="Options"/> can be rendered.</summary>
    public bool IsComplete => Options is not null;
}
