using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Microsoft.AspNetCore.Mvc.Filters;

// OrchardCMS/OrchardCore: ResultExecutingContextExtensions.cs (namespace Microsoft.AspNetCore.Mvc.Filters, OrchardCore
// framework layer; the index did not pin the file's folder).
public static class ResultExecutingContextExtensions
{
    public static bool IsViewOrPageResult(this ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        return context.Result is ViewResult or PageResult;
    }
}
