using Microsoft.AspNetCore.Http;

namespace ChatReset.Module.Filters;

/// <summary>
/// Marks a request whose result is a full front-end page (set by <see cref="ChatWidgetFilter"/>). Chat widgets
/// write the Salesforce bootstrap only into such pages.
/// </summary>
public static class ChatWidgetFrontEndPage
{
    private static readonly object MarkKey = new();

    /// <summary>Marks the request as a full front-end page.</summary>
    public static void Mark(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Items[MarkKey] = true;
    }

    /// <summary>Whether the request renders a full front-end page.</summary>
    public static bool IsMarked(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.Items.ContainsKey(MarkKey);
    }
}
