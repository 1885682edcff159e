using ChatReset.Core;

namespace ChatReset.Module.Services;

/// <summary>
/// What the Chat widget needs from the settings side: the <see cref="ChatResetOptions"/> for the current request
/// (stored deployment settings plus the wording for the request's culture), or what is still missing.
/// </summary>
/// <remarks>
/// Declared by the widget feature as the smallest contract it depends on. The settings feature's options service
/// implements it (one registration: <c>services.AddScoped&lt;IChatWidgetOptionsSource, TheirService&gt;()</c>); the
/// widget registers no implementation of its own, so a missing join fails loudly instead of hiding the chat.
/// </remarks>
public interface IChatWidgetOptionsSource
{
    /// <summary>The options for this request, or null options and a non-empty list of what is missing.</summary>
    Task<ChatWidgetOptions> GetOptionsAsync();
}

/// <summary>
/// The answer of <see cref="IChatWidgetOptionsSource"/>. <see cref="Options"/> is valid when it is not null;
/// otherwise <see cref="Missing"/> names, in words a site manager understands, each setting still to fill in.
/// </summary>
/// <param name="Options">Complete, valid options; null while the deployment settings are incomplete.</param>
/// <param name="Missing">What is missing; empty when <paramref name="Options"/> is set. Never contains setting values.</param>
public sealed record ChatWidgetOptions(ChatResetOptions? Options, IReadOnlyList<string> Missing)
{
    /// <summary>Complete settings.</summary>
    public static ChatWidgetOptions Complete(ChatResetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ChatWidgetOptions(options, []);
    }

    /// <summary>Incomplete settings: nothing can be rendered for visitors.</summary>
    public static ChatWidgetOptions Incomplete(IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        return new ChatWidgetOptions(null, missing);
    }
}
