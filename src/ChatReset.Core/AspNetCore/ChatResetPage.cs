using Microsoft.AspNetCore.Http;

namespace ChatReset.Core.AspNetCore;

/// <summary>
/// Tracks, per request, whether ChatReset has already been rendered, so that a page with several chat widgets
/// still loads and initialises the Salesforce bootstrap exactly once.
/// </summary>
public static class ChatResetPage
{
    private static readonly object RenderedKey = new();

    /// <summary>Returns true the first time it is called for a request, false after that.</summary>
    public static bool TryClaim(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.Items.TryAdd(RenderedKey, true);
    }

    /// <summary>Whether ChatReset has been rendered in this request.</summary>
    public static bool IsRendered(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.Items.ContainsKey(RenderedKey);
    }
}
