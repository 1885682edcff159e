using System.Text.Json;
using System.Text.Json.Nodes;
using ChatReset.Core.PageContext;
using ChatReset.Module.Tests.Widgets;
using OrchardCore.ContentManagement;

namespace ChatReset.Module.Tests.PageContext;

/// <summary>What a Chat widget's page sends as hidden pre-chat fields, from Orchard's facts.</summary>
public sealed class PageContextWidgetTests
{
    private static Dictionary<string, string>? SentFields(ChatWidgetTestHost host)
    {
        var page = ChatWidgetTestHost.Parse($"<!DOCTYPE html><html><body>{host.Resources.RenderFootScripts()}</body></html>");
        var block = page.QuerySelector("script[data-chat-reset-context]");
        if (block is null)
        {
            return null;
        }

        // Right before the configuration, where the script takes it from.
        Assert.True(block.NextElementSibling!.HasAttribute("data-chat-reset-config"));
        return JsonSerializer.Deserialize<Dictionary<string, string>>(block.TextContent);
    }

    private static ContentItem Article()
    {
        var item = new ContentItem { ContentType = "Article", ContentItemId = "4article", DisplayText = "Returns </script> & \"refunds\"" };
        return item;
    }

    private static ChatWidgetTestHost HostMapping(params (string Name, string Source)[] rows)
    {
        var host = new ChatWidgetTestHost();
        host.HttpContext.Request.Scheme = "https";
        host.HttpContext.Request.Host = new("www.example.com");
        host.HttpContext.Request.Path = "/returns";
        host.HttpContext.Request.QueryString = new("?email=visitor@example.com");
        host.PageContext.HiddenPrechatFields = rows.Select(r => new HiddenPrechatField { Name = r.Name, Source = r.Source }).ToList();
        return host;
    }

    [Fact]
    public async Task The_displayed_content_item_and_the_widgets_layer_and_zone_are_sent()
    {
        var host = HostMapping(("Page_URL", "PageUrl"), ("Page_Title", "PageTitle"), ("Type", "ContentType"), ("Item", "ContentItemId"), ("Where", "LayerZone"));
        host.Display(Article());
        var part = ChatWidgetTestHost.NewPart();
        JsonObject widget = part.ContentItem.Content;
        widget["LayerMetadata"] = new JsonObject { ["Zone"] = "Footer", ["Layer"] = "Always", ["Position"] = 1 };

        await host.DisplayAsync(part);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Page_URL"] = "https://www.example.com/returns",
                ["Page_Title"] = "Returns </script> & \"refunds\"",
                ["Type"] = "Article",
                ["Item"] = "4article",
                ["Where"] = "Always/Footer",
            },
            SentFields(host));
    }

    [Fact]
    public async Task Facts_a_page_does_not_have_are_not_sent()
    {
        // Not a content item page, and a widget in a page's flow (no layer).
        var host = HostMapping(("Page_Title", "PageTitle"), ("Type", "ContentType"), ("Where", "LayerZone"), ("Page_URL", "PageUrl"));

        await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        Assert.Equal(["Page_URL"], SentFields(host)!.Keys);
    }

    [Fact]
    public async Task A_site_that_maps_nothing_sends_nothing()
    {
        var host = new ChatWidgetTestHost();
        host.Display(Article());

        await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        Assert.Null(SentFields(host));
        Assert.Contains("chat-reset.js", host.Resources.RenderFootScripts(), StringComparison.Ordinal);
    }
}
