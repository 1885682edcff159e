using ChatReset.Module.Filters;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using OrchardCore.Admin;

namespace ChatReset.Module.Tests.Widgets;

public sealed class ChatWidgetFilterTests
{
    public static TheoryData<string> FullPages => new() { "view", "page" };

    [Theory]
    [MemberData(nameof(FullPages))]
    public async Task A_full_front_end_page_gets_the_chat(string kind)
    {
        var host = new ChatWidgetTestHost();
        host.HttpContext.Items.Clear();
        IActionResult result = kind == "view" ? new ViewResult() : new PageResult();

        var executed = await RunFilterAsync(host.HttpContext, result);
        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        Assert.True(executed);
        Assert.True(ChatWidgetFrontEndPage.IsMarked(host.HttpContext));
        Assert.Contains("chat-reset.js", ChatWidgetTestHost.ToHtml(display!.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_page_is_not_marked_and_the_result_still_executes()
    {
        var httpContext = new DefaultHttpContext();
        AdminAttribute.Apply(httpContext);

        var executed = await RunFilterAsync(httpContext, new ViewResult());

        Assert.True(executed);
        Assert.False(ChatWidgetFrontEndPage.IsMarked(httpContext));
    }

    public static TheoryData<string> PartialResults => new() { "partial", "json", "content" };

    [Theory]
    [MemberData(nameof(PartialResults))]
    public async Task A_widget_rendered_into_a_partial_or_non_html_result_writes_no_bootstrap(string kind)
    {
        var host = new ChatWidgetTestHost();
        host.HttpContext.Items.Clear();
        IActionResult result = kind switch
        {
            "partial" => new PartialViewResult(),
            "json" => new JsonResult(new { }),
            _ => new ContentResult(),
        };

        var executed = await RunFilterAsync(host.HttpContext, result);
        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        Assert.True(executed);
        Assert.Equal(string.Empty, ChatWidgetTestHost.ToHtml(display!.Html));
    }

    private static async Task<bool> RunFilterAsync(HttpContext httpContext, IActionResult result)
    {
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor());
        var context = new ResultExecutingContext(actionContext, [], result, controller: new object());
        var executed = false;

        await new ChatWidgetFilter().OnResultExecutionAsync(context, () =>
        {
            executed = true;
            return Task.FromResult(new ResultExecutedContext(actionContext, [], result, new object()));
        });

        return executed;
    }
}
