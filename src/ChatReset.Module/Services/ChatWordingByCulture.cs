using ChatReset.Core;
using ChatReset.Module.Settings;

namespace ChatReset.Module.Services;

/// <summary>
/// The stored wording per culture: finding and replacing a culture's entry, culture names compared case-insensitively;
/// and which text a culture reads, field by field: that culture, then its parent cultures (fr-CA, then fr), then the
/// site's default culture and its parents, then ChatReset's built-in English text.
/// </summary>
internal static class ChatWordingByCulture
{
    /// <summary>ChatReset's built-in text, what an empty field of the default culture falls back to.</summary>
    public static ChatWording BuiltIn { get; } = Resolve(new ChatWordingSettings(), []);

    /// <summary>The wording <paramref name="culture"/> reads on a site whose default culture is <paramref name="defaultCulture"/>.</summary>
    public static ChatWording For(ChatWordingSettings settings, string culture, string defaultCulture)
        => Resolve(settings, [culture, .. SiteCultures.ParentsOf(culture), defaultCulture, .. SiteCultures.ParentsOf(defaultCulture)]);

    /// <summary>What an empty field of <paramref name="culture"/> shows instead: its parents' text, then the default culture's.</summary>
    public static ChatWording ForEmptyFieldsOf(ChatWordingSettings settings, string culture, string defaultCulture)
        => string.Equals(culture, defaultCulture, StringComparison.OrdinalIgnoreCase)
            ? BuiltIn
            : Resolve(settings, [.. SiteCultures.ParentsOf(culture), defaultCulture, .. SiteCultures.ParentsOf(defaultCulture)]);

    /// <summary>
    /// The stored wording of exactly this culture, or null. Case-insensitive, whatever the dictionary's comparer (a
    /// deserialised one compares ordinally). "" is the invariant culture, a site's only culture on a server without one
    /// and without localization.
    /// </summary>
    public static ChatWording? Find(ChatWordingSettings settings, string culture)
        => settings.Cultures is null
            ? null
            : settings.Cultures.TryGetValue(culture, out var exact)
                ? exact
                : settings.Cultures.FirstOrDefault(pair => string.Equals(pair.Key, culture, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Sets <paramref name="culture"/>'s wording; an entry stored under another case of the name goes.</summary>
    public static void Replace(ChatWordingSettings settings, string culture, ChatWording wording)
    {
        foreach (var stored in settings.Cultures.Keys.Where(k => string.Equals(k, culture, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            settings.Cultures.Remove(stored);
        }

        settings.Cultures[culture] = wording;
    }

    private static ChatWording Resolve(ChatWordingSettings settings, IEnumerable<string> cultures)
    {
        var chain = cultures.Select(culture => Find(settings, culture)).OfType<ChatWording>().ToList();

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
}
