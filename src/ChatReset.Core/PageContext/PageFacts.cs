using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace ChatReset.Core.PageContext;

/// <summary>
/// What the host knows about the page being rendered, for the hidden pre-chat fields. Each fact is optional: a
/// field whose fact is missing is not sent. Only mapped facts ever leave the server.
/// </summary>
/// <param name="Url">The page's absolute URL as requested, query string included (the mapping decides what is sent).</param>
/// <param name="Title">The page's title, plain text.</param>
/// <param name="Culture">The culture the page is rendered in, e.g. <c>fr-CA</c>.</param>
/// <param name="ContentType">The displayed content item's type.</param>
/// <param name="ContentItemId">The displayed content item's id.</param>
/// <param name="LayerZone">Where the chat sits, e.g. <c>Always/Footer</c>.</param>
public sealed record PageFacts(
    string? Url = null,
    string? Title = null,
    string? Culture = null,
    string? ContentType = null,
    string? ContentItemId = null,
    string? LayerZone = null)
{
    /// <summary>The facts every ASP.NET Core request has: its URL and its UI culture; the title when the page gives it.</summary>
    public static PageFacts FromRequest(HttpRequest request, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(request);

        return new PageFacts(Url: request.GetEncodedUrl(), Title: title, Culture: CultureInfo.CurrentUICulture.Name);
    }

    /// <summary>The fact a source names; null for <see cref="PageFactSources.FixedValue"/> and unknown sources.</summary>
    internal string? Get(string source) => source switch
    {
        PageFactSources.PageUrl => Url,
        PageFactSources.PageTitle => Title,
        PageFactSources.Culture => Culture,
        PageFactSources.ContentType => ContentType,
        PageFactSources.ContentItemId => ContentItemId,
        PageFactSources.LayerZone => LayerZone,
        _ => null,
    };
}
