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
    public static ChatWording BuiltIn { get; } = Resolve([]);

    /// <summary>
    /// The wording <paramref name="culture"/> reads on a site whose default culture is <paramref name="defaultCulture"/>,
    /// on pages using <paramref name="deployment"/> (null: the default deployment): that deployment's wording for the
    /// culture and its parents first, then the site's as for the default deployment.
    /// </summary>
    public static ChatWording For(ChatWordingSettings settings, string culture, string defaultCulture, string? deployment = null)
    {
        IEnumerable<ChatWording?> overrides = deployment is null
            ? []
            : new[] { culture }.Concat(SiteCultures.ParentsOf(culture)).Select(name => Find(settings, deployment, name));
        return Resolve(overrides.Concat(Chain(settings, [culture, .. SiteCultures.ParentsOf(culture), defaultCulture, .. SiteCultures.ParentsOf(defaultCulture)])));
    }

    /// <summary>What an empty field of <paramref name="culture"/> shows instead: its parents' text, then the default culture's.</summary>
    public static ChatWording ForEmptyFieldsOf(ChatWordingSettings settings, string culture, string defaultCulture)
        => string.Equals(culture, defaultCulture, StringComparison.OrdinalIgnoreCase)
            ? BuiltIn
            : Resolve(Chain(settings, [.. SiteCultures.ParentsOf(culture), defaultCulture, .. SiteCultures.ParentsOf(defaultCulture)]));

    /// <summary>
    /// The stored wording of exactly this culture, or null. Case-insensitive, whatever the dictionary's comparer (a
    /// deserialised one compares ordinally). "" is the invariant culture, a site's only culture on a server without one
    /// and without localization.
    /// </summary>
    public static ChatWording? Find(ChatWordingSettings settings, string culture)
        => settings.Cultures is null ? null : Find(settings.Cultures, culture);

    /// <summary>The stored wording of exactly this deployment and culture, or null.</summary>
    public static ChatWording? Find(ChatWordingSettings settings, string deployment, string culture)
        => settings.Deployments is not null && Find(settings.Deployments, deployment)?.Cultures is { } byCulture ? Find(byCulture, culture) : null;

    /// <summary>Sets <paramref name="deployment"/>'s wording for <paramref name="culture"/>, as <see cref="Replace(ChatWordingSettings, string, string, ChatWording)"/> does.</summary>
    public static void Replace(ChatWordingSettings settings, string deployment, string culture, ChatWording wording)
    {
        settings.Deployments ??= new(StringComparer.OrdinalIgnoreCase);
        if (Find(settings.Deployments, deployment) is not { } entry)
        {
            entry = new ChatDeploymentWording();
            settings.Deployments[deployment] = entry;
        }

        Replace(entry.Cultures, culture, wording);
    }

    private static T? Find<T>(Dictionary<string, T> entries, string key) where T : class
        => entries.TryGetValue(key, out var exact)
            ? exact
            : entries.FirstOrDefault(pair => string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Sets <paramref name="culture"/>'s wording; an entry stored under another case of the name goes.</summary>
    public static void Replace(ChatWordingSettings settings, string culture, ChatWording wording) => Replace(settings.Cultures, culture, wording);

    private static void Replace(Dictionary<string, ChatWording> byCulture, string culture, ChatWording wording)
    {
        foreach (var stored in byCulture.Keys.Where(k => string.Equals(k, culture, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            byCulture.Remove(stored);
        }

        byCulture[culture] = wording;
    }

    private static IEnumerable<ChatWording?> Chain(ChatWordingSettings settings, IEnumerable<string> cultures)
        => cultures.Select(culture => Find(settings, culture));

    private static ChatWording Resolve(IEnumerable<ChatWording?> wordings)
    {
        var chain = wordings.OfType<ChatWording>().ToList();

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
