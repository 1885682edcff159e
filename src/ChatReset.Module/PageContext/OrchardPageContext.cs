using System.Text.Json.Nodes;
using ChatReset.Core.PageContext;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCore.ContentManagement;

namespace ChatReset.Module.PageContext;

/// <summary>
/// The hidden pre-chat field values of the page a Chat widget is on, from the site's mapping (read with the rest of the
/// site's chat settings, once per settings change: <see cref="Services.ChatResetSiteOptionsResult"/>) and what Orchard knows
/// of the page: its URL and culture, the content item it displays (type, id, title) and where the widget sits (its
/// layer and zone). Scoped.
/// </summary>
public sealed class OrchardPageContext
{
    private static readonly string[] ContentItemSources = [PageFactSources.PageTitle, PageFactSources.ContentType, PageFactSources.ContentItemId];

    private readonly IContentManager _contentManager;

    public OrchardPageContext(IContentManager contentManager)
    {
        _contentManager = contentManager;
    }

    /// <summary>The values of <paramref name="rows"/> (the site's mapping) for this request; null when it maps no field.</summary>
    public async Task<HiddenPrechatFieldValues?> ComputeAsync(HttpContext httpContext, ContentItem widget, IReadOnlyList<HiddenPrechatField> rows)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(widget);

        if (rows is null || rows.Count == 0)
        {
            return null;
        }

        // Loaded only when a row needs it; the action displaying it has loaded it already, so this is its cache.
        var page = rows.Any(row => ContentItemSources.Contains(PageFactSources.Find(row.Source)))
            ? await DisplayedContentItemAsync(httpContext)
            : null;
        var facts = PageFacts.FromRequest(httpContext.Request, page?.DisplayText) with
        {
            ContentType = page?.ContentType,
            ContentItemId = page?.ContentItemId,
            LayerZone = LayerZoneOf(widget),
        };

        return HiddenPrechatFieldValues.Compute(rows, facts);
    }

    /// <summary>
    /// The content item the request displays: Orchard routes every content item page (its own URL, an autoroute,
    /// the home page) to OrchardCore.Contents' ItemController.Display with a <c>contentItemId</c> route value
    /// (src/OrchardCore.Modules/OrchardCore.Contents/Controllers/ItemController.cs). Null on any other page.
    /// </summary>
    private async Task<ContentItem?> DisplayedContentItemAsync(HttpContext httpContext)
    {
        var route = httpContext.GetRouteData().Values;
        return Is(route, "area", "OrchardCore.Contents") && Is(route, "controller", "Item") && Is(route, "action", "Display")
            && route.TryGetValue("contentItemId", out var id) && id is string contentItemId && contentItemId.Length > 0
                ? await _contentManager.GetAsync(contentItemId)
                : null;
    }

    private static bool Is(RouteValueDictionary route, string key, string expected)
        => string.Equals(route[key] as string, expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A layer widget's layer and zone, from its <c>LayerMetadata</c> part (read as stored JSON, so the module needs
    /// no reference to OrchardCore.Layers: src/OrchardCore.Modules/OrchardCore.Layers/Models/LayerMetadata.cs).
    /// A widget in a page's flow has none.
    /// </summary>
    private static string? LayerZoneOf(ContentItem widget)
    {
        if (LayerMetadata(widget, "Zone") is not { } zone)
        {
            return null;
        }

        return LayerOf(widget) is { } name ? $"{name}/{zone}" : zone;
    }

    /// <summary>A layer widget's layer name; null for a widget in a page's flow.</summary>
    internal static string? LayerOf(ContentItem widget) => LayerMetadata(widget, "Layer");

    private static string? LayerMetadata(ContentItem widget, string property)
    {
        JsonObject data = widget.Content;
        return data["LayerMetadata"] is JsonObject layer
            && layer[property] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
                ? text
                : null;
    }
}
