using System.Globalization;
using Microsoft.Extensions.Localization;

namespace OrchardCore.Navigation;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Navigation.Core/NavigationExtensions.cs
public static class NavigationExtensions
{
    // Upstream sorts menu entries alphabetically by using the caption's first letters as position.
    public static string PrefixPosition(this LocalizedString text, string position = null)
    {
        ArgumentNullException.ThrowIfNull(text);

        var prefix = text.Value.Length >= 2 ? text.Value[..2] : text.Value;
        return string.IsNullOrEmpty(position)
            ? prefix.ToLower(CultureInfo.InvariantCulture)
            : string.Concat(prefix.ToLower(CultureInfo.InvariantCulture), ":", position);
    }
}
