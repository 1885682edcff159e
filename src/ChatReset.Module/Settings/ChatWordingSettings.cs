using System.Globalization;
using ChatReset.Core;

namespace ChatReset.Module.Settings;

/// <summary>
/// The chat wording per culture of the site, stored in site settings under <c>ChatWordingSettings</c> as
/// <c>{ "Cultures": { "en-US": { "EndOfChatMessage": "…", … }, "fr": { … } } }</c>.
/// </summary>
public sealed class ChatWordingSettings
{
    public Dictionary<string, ChatWording> Cultures { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The wording for <paramref name="culture"/>, field by field: that culture, then its parent cultures
    /// (fr-CA, then fr), then the site's default culture, then ChatReset's built-in English text.
    /// </summary>
    public ChatWording Resolve(string? culture, string? defaultCulture)
    {
        var chain = new List<ChatWording>();
        foreach (var name in FallbackCultures(culture).Concat(FallbackCultures(defaultCulture)))
        {
            if (Find(name) is { } wording)
            {
                chain.Add(wording);
            }
        }

        string Pick(Func<ChatWording, string?> field, string builtIn)
            => chain.Select(field).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value)) ?? builtIn;

        return new ChatWording
        {
            EndOfChatMessage = Pick(w => w.EndOfChatMessage, ChatResetOptions.DefaultEndOfChatMessage),
            RestartLabel = Pick(w => w.RestartLabel, ChatResetOptions.DefaultRestartLabel),
            DismissLabel = Pick(w => w.DismissLabel, ChatResetOptions.DefaultDismissLabel),
            LauncherLabel = Pick(w => w.LauncherLabel, ChatResetOptions.DefaultLauncherLabel),
        };
    }

    /// <summary>
    /// The stored wording of exactly this culture, or null. Case-insensitive, whatever the dictionary's comparer.
    /// "" is the invariant culture, a site's only culture on a server without one and without localization.
    /// </summary>
    public ChatWording? Find(string? culture)
    {
        if (culture is null || Cultures is null)
        {
            return null;
        }

        return Cultures.TryGetValue(culture, out var exact)
            ? exact
            : Cultures.FirstOrDefault(pair => string.Equals(pair.Key, culture, StringComparison.OrdinalIgnoreCase)).Value;
    }

    private static IEnumerable<string> FallbackCultures(string? culture)
    {
        if (culture is null)
        {
            yield break;
        }

        yield return culture;

        CultureInfo info;
        try
        {
            info = CultureInfo.GetCultureInfo(culture);
        }
        catch (CultureNotFoundException)
        {
            yield break;
        }

        for (var parent = info.Parent; !string.IsNullOrEmpty(parent.Name); parent = parent.Parent)
        {
            yield return parent.Name;
        }
    }
}
