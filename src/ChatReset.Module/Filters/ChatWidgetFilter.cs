using Microsoft.AspNetCore.Mvc.Filters;
using OrchardCore.Admin;

namespace ChatReset.Module.Filters;

/// <summary>
/// The page-wide half of the Chat widget, in the style of Orchard's FBInitFilter: marks full front-end pages
/// (a view or Razor Page result, not admin) so that chat widgets write the Salesforce bootstrap only there.
/// </summary>
/// <remarks>
/// A widget can also be rendered into a partial result (an AJAX-loaded zone, a content preview fragment); that
/// markup lands in a page that may already hold the bootstrap, and Salesforce refuses a second
/// <c>init</c>. Widgets decide when they are written, after every result filter has run, so the mark is in place
/// whether the widget was built by a layer (in a result filter) or by a controller action (before the filters).
/// </remarks>
public sealed class ChatWidgetFilter : IAsyncResultFilter
{
    public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        if (context.IsViewOrPageResult() && !AdminAttribute.IsApplied(context.HttpContext))
        {
            ChatWidgetFrontEndPage.Mark(context.HttpContext);
        }

        return next();
    }
}
