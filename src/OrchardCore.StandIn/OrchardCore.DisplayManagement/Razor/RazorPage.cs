using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardCore.DisplayManagement.Razor;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Razor/RazorPage.cs
// The base class module views inherit through _ViewImports.cshtml; the stand-in provides only T, the
// IViewLocalizer views use for every text.
public abstract partial class RazorPage<TModel> : Microsoft.AspNetCore.Mvc.Razor.RazorPage<TModel>
{
    private IViewLocalizer _t;

    public IViewLocalizer T
    {
        get
        {
            if (_t == null)
            {
                _t = Context.RequestServices.GetRequiredService<IViewLocalizer>();
                ((IViewContextAware)_t).Contextualize(ViewContext);
            }

            return _t;
        }
    }
}

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Razor/RazorPage.cs
public abstract class RazorPage : RazorPage<dynamic>
{
}
