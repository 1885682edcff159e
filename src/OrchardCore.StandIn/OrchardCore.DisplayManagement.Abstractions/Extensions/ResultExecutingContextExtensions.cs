using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Microsoft.AspNetCore.Mvc.Filters;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement.Abstractions/Extensions/ResultExecutingContextExtensions.cs
public static class ResultExecutingContextExtensions
{
    public static bool IsViewOrPageResult(this ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        return context.Result is ViewResult or PageResult;
    }
}
