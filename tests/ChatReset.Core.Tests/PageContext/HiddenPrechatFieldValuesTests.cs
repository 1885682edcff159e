using System.Text.Json;
using AngleSharp.Html.Parser;
using ChatReset.Core.AspNetCore;
using ChatReset.Core.PageContext;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatReset.Core.Tests.PageContext;

public sealed class HiddenPrechatFieldValuesTests
{
    private const string Url = "https://www.example.com/shop/orders/42?email=visitor%40example.com&token=abc#details";

    private static readonly PageFacts Facts = new(
        Url: Url, Title: "Order 42", Culture: "fr-CA", ContentType: "Article", ContentItemId: "4abc", LayerZone: "Always/Footer");

    private static HiddenPrechatField Row(string name, string source, string? value = null, bool keepQuery = false, int? maxLength = null)
        => new() { Name = name, Source = source, Value = value, KeepQueryString = keepQuery, MaxLength = maxLength };

    private static IReadOnlyDictionary<string, string> Compute(PageFacts facts, params HiddenPrechatField[] rows)
        => HiddenPrechatFieldValues.Compute(rows, facts).Values;

    [Fact]
    public void Each_row_gets_its_fact_in_mapping_order()
    {
        var values = Compute(Facts,
            Row("Page_URL", "PageUrl"), Row("Page_Title", "PageTitle"), Row("Site_Culture", "Culture"),
            Row("Content_Type", "ContentType"), Row("Item_Id", "ContentItemId"), Row("Placement", "LayerZone"),
            Row("Website", "fixedvalue", "Acme shop"));

        Assert.Equal(
            [
                new("Page_URL", "https://www.example.com/shop/orders/42"),
                new("Page_Title", "Order 42"),
                new("Site_Culture", "fr-CA"),
                new("Content_Type", "Article"),
                new("Item_Id", "4abc"),
                new("Placement", "Always/Footer"),
                new KeyValuePair<string, string>("Website", "Acme shop"),
            ],
            values);
    }

    [Fact]
    public void The_url_keeps_its_query_string_only_when_the_row_says_so_and_never_its_fragment()
    {
        Assert.Equal("https://www.example.com/shop/orders/42?email=visitor%40example.com&token=abc",
            Compute(Facts, Row("Page_URL", "PageUrl", keepQuery: true))["Page_URL"]);
        Assert.Equal("https://www.example.com/a", Compute(Facts with { Url = "https://www.example.com/a#b?c" }, Row("Page_URL", "PageUrl"))["Page_URL"]);
    }

    [Fact]
    public void Missing_or_blank_facts_are_not_sent()
    {
        var values = Compute(new PageFacts(Title: "  ", Culture: ""),
            Row("Page_URL", "PageUrl"), Row("Page_Title", "PageTitle"), Row("Site_Culture", "Culture"), Row("Website", "FixedValue", "Acme"));

        Assert.Equal(["Website"], values.Keys);
    }

    [Fact]
    public void An_invalid_mapping_sends_nothing()
        => Assert.Empty(Compute(Facts, Row("Page_URL", "PageUrl"), Row("page_url", "PageTitle")));

    [Fact]
    public void Long_values_are_cut_to_the_rows_maximum_length_never_inside_a_character()
    {
        var title = new string('a', 9) + "😀" + new string('b', 300);

        Assert.Equal(new string('a', 9), Compute(Facts with { Title = title }, Row("T", "PageTitle", maxLength: 10))["T"]);
        Assert.Equal(new string('a', 9) + "😀", Compute(Facts with { Title = title }, Row("T", "PageTitle", maxLength: 11))["T"]);
        Assert.Equal(HiddenPrechatFieldRules.MaxValueLength, Compute(Facts with { Title = title }, Row("T", "PageTitle"))["T"].Length);
    }

    [Theory]
    [InlineData("Learn <SCRIPT> tags")]
    [InlineData("javascript: the good parts")]
    public void A_value_Salesforce_would_refuse_is_left_out(string title)
        => Assert.Empty(Compute(Facts with { Title = title }, Row("T", "PageTitle")));

    public static TheoryData<string> HostileTitles()
    {
        var data = new TheoryData<string>();
        foreach (var text in XssCorpus.All.Where(t => !string.IsNullOrWhiteSpace(t) && !t.Contains("<script>", StringComparison.OrdinalIgnoreCase) && !t.Contains("javascript:", StringComparison.OrdinalIgnoreCase)))
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileTitles))]
    public void Hostile_titles_stay_inside_the_data_block_and_read_back_exactly(string title)
    {
        var values = HiddenPrechatFieldValues.Compute([Row("Page_Title", "PageTitle", maxLength: 255)], Facts with { Title = title });
        var html = RenderedChatReset.ToHtml(values.ToHtml());

        var body = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><head><title>t</title></head><body>{html}</body></html>").Body!;
        var block = Assert.Single(body.ChildNodes);
        var script = Assert.IsAssignableFrom<AngleSharp.Dom.IElement>(block);
        Assert.Equal("application/json", script.GetAttribute("type"));
        Assert.True(script.HasAttribute("data-chat-reset-context"));
        var expected = HiddenPrechatFieldValues.Truncate(title.Trim(), 255);
        Assert.Equal(expected, JsonSerializer.Deserialize<Dictionary<string, string>>(script.TextContent)!["Page_Title"]);
        // Nothing the HTML parser or an old JavaScript engine could read as the end of the block or of a line.
        var json = html[(html.IndexOf('>', StringComparison.Ordinal) + 1)..html.LastIndexOf("</script>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2029", json, StringComparison.Ordinal);
    }

    [Fact]
    public void No_values_write_no_block()
        => Assert.Equal(string.Empty, RenderedChatReset.ToHtml(HiddenPrechatFieldValues.Compute([], Facts).ToHtml()));

    [Fact]
    public void Facts_from_a_request_are_its_url_and_ui_culture()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "https";
        request.Host = new HostString("www.example.com");
        request.PathBase = "/shop";
        request.Path = "/orders/42";
        request.QueryString = new QueryString("?q=1");

        var facts = PageFacts.FromRequest(request, "Order 42");

        Assert.Equal("https://www.example.com/shop/orders/42?q=1", facts.Url);
        Assert.Equal("Order 42", facts.Title);
        Assert.Equal(System.Globalization.CultureInfo.CurrentUICulture.Name, facts.Culture);
        Assert.Null(facts.ContentType);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_page_renderer_writes_the_block_right_before_the_configuration(bool inParts)
    {
        using var services = new ServiceCollection().AddChatResetServices().BuildServiceProvider();
        var renderer = services.GetRequiredService<ChatResetPageRenderer>();
        var context = new DefaultHttpContext { RequestServices = services };
        var values = HiddenPrechatFieldValues.Compute([Row("Page_Title", "PageTitle")], Facts);

        var html = inParts
            ? RenderedChatReset.ToHtml(renderer.RenderParts(context, ValidOptions.Create(), values)!.Value.Host)
                + RenderedChatReset.ToHtml(renderer.RenderParts(new DefaultHttpContext { RequestServices = services }, ValidOptions.Create(), values)!.Value.Assets)
            : RenderedChatReset.ToHtml(renderer.Render(context, ValidOptions.Create(), values));

        var body = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><head><title>t</title></head><body>{html}</body></html>").Body!;
        // The features' script first (it reads the block right after it), then the block, then the chat as without.
        Assert.Equal(["DIV", "SCRIPT", "SCRIPT", "SCRIPT", "LINK", "SCRIPT"], body.Children.Select(e => e.TagName));
        Assert.EndsWith("/chat-reset-features.js", body.Children[1].GetAttribute("src"), StringComparison.Ordinal);
        Assert.True(body.Children[1].HasAttribute("defer"));
        Assert.True(body.Children[2].HasAttribute("data-chat-reset-context"));
        Assert.True(body.Children[3].HasAttribute("data-chat-reset-config"));
        Assert.Equal(HtmlStringOf(services, values: null, inParts), HtmlWithoutFeatures(html));
    }

    private static string HtmlStringOf(ServiceProvider services, HiddenPrechatFieldValues? values, bool inParts)
    {
        var renderer = services.GetRequiredService<ChatResetPageRenderer>();
        var parts = renderer.RenderParts(new DefaultHttpContext { RequestServices = services }, ValidOptions.Create(), values)!.Value;
        return inParts
            ? RenderedChatReset.ToHtml(parts.Host) + RenderedChatReset.ToHtml(parts.Assets)
            : RenderedChatReset.ToHtml(renderer.Render(new DefaultHttpContext { RequestServices = services }, ValidOptions.Create(), values));
    }

    /// <summary>The HTML without the features' script and the block that follows it.</summary>
    private static string HtmlWithoutFeatures(string html)
    {
        var start = html.IndexOf("<script src=\"/_content/ChatReset.Core/chat-reset-features.js\"", StringComparison.Ordinal);
        var blockStart = html.IndexOf("<script type=\"application/json\" data-chat-reset-context>", start, StringComparison.Ordinal);
        var end = html.IndexOf("</script>", blockStart, StringComparison.Ordinal) + "</script>".Length;
        return html[..start] + html[end..];
    }
}
