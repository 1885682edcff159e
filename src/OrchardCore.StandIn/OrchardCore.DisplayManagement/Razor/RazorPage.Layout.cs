using Microsoft.AspNetCore.Html;

namespace OrchardCore.DisplayManagement.Razor;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Razor/RazorPage.cs
// The members a theme's Layout.cshtml calls to place the layout's zones and the page title. Upstream renders the
// zones of the theme layout shape; the stand-in has no shapes to render, so a theme compiles against these
// signatures but is never executed on the stand-in.
public abstract partial class RazorPage<TModel>
{
    public Task<IHtmlContent> RenderBodyAsync()
        => throw StandInOnly();

    public new Task<IHtmlContent> RenderSectionAsync(string name, bool required)
        => throw StandInOnly();

    public IHtmlContent RenderTitleSegments(string segment, string position = "0", IHtmlContent separator = null)
        => throw StandInOnly();

    private static NotSupportedException StandInOnly()
        => new("Layouts render zones through Orchard Core's display manager, which the stand-in does not provide; run the theme against the real packages.");
}
