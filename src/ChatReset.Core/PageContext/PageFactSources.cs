namespace ChatReset.Core.PageContext;

/// <summary>
/// The page facts a hidden pre-chat field can carry. The names are stored in settings and configuration
/// (<see cref="HiddenPrechatField.Source"/>); keep them stable.
/// </summary>
public static class PageFactSources
{
    /// <summary>The page's absolute URL, without its query string and fragment unless <see cref="HiddenPrechatField.KeepQueryString"/>.</summary>
    public const string PageUrl = "PageUrl";

    /// <summary>The page's title as the host knows it (Orchard Core: the displayed content item's title).</summary>
    public const string PageTitle = "PageTitle";

    /// <summary>The request's UI culture name, e.g. <c>fr-CA</c>.</summary>
    public const string Culture = "Culture";

    /// <summary>The content type of the displayed content item (Orchard Core).</summary>
    public const string ContentType = "ContentType";

    /// <summary>The id of the displayed content item (Orchard Core).</summary>
    public const string ContentItemId = "ContentItemId";

    /// <summary>Where the chat sits: the widget's layer and zone, e.g. <c>Always/Footer</c> (Orchard Core).</summary>
    public const string LayerZone = "LayerZone";

    /// <summary>The row's own <see cref="HiddenPrechatField.Value"/>, the same on every page.</summary>
    public const string FixedValue = "FixedValue";

    /// <summary>Every source, in the order editors list them.</summary>
    public static IReadOnlyList<string> All { get; } = [PageUrl, PageTitle, Culture, ContentType, ContentItemId, LayerZone, FixedValue];

    /// <summary>The source's stored name for <paramref name="value"/> in any case; null when it names no source.</summary>
    public static string? Find(string? value)
        => All.FirstOrDefault(source => string.Equals(source, value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
