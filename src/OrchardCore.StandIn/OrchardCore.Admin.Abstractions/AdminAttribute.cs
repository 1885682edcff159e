using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;

namespace OrchardCore.Admin;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Admin.Abstractions/AdminAttribute.cs
// A request is "admin" when the marker is in HttpContext.Items; tests call Apply to simulate an admin page.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public class AdminAttribute : ActionFilterAttribute
{
    public static void Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Items[typeof(AdminAttribute)] = null;
    }

    public static bool IsApplied(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        return context.Items.ContainsKey(typeof(AdminAttribute));
    }
}
