using System.Globalization;

namespace ChatReset.Core;

/// <summary>What ChatReset needs to know of culture names, wherever it runs.</summary>
public static class ChatResetCultures
{
    /// <summary>The culture's parents, nearest first (<c>fr-CA</c>: <c>fr</c>); none for an unknown name or a neutral culture.</summary>
    public static IEnumerable<string> ParentsOf(string culture)
    {
        for (var parent = Find(culture)?.Parent; !string.IsNullOrEmpty(parent?.Name); parent = parent.Parent)
        {
            yield return parent.Name;
        }
    }

    /// <summary>True for the name of a culture .NET knows as such, false for anything else (an empty name included).</summary>
    public static bool IsCultureName(string? name)
        => !string.IsNullOrWhiteSpace(name) && Find(name, predefinedOnly: true) is not null;

    /// <summary>The culture's name for people (in the server's language); the name itself when .NET does not know it.</summary>
    public static string DisplayName(string culture) => Find(culture)?.DisplayName ?? culture;

    private static CultureInfo? Find(string name, bool predefinedOnly = false)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
