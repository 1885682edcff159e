using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ChatReset.Core.AspNetCore;
using ChatReset.Core.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;

namespace ChatReset.Core.Tests;

/// <summary>ChatReset's markup in two parts: the host where the chat sits, the assets at the page foot.</summary>
public sealed class ChatResetPartsTests
{
    private static ChatResetOptions Options(bool loadOnInteraction, string text = "\"'<>& </script> 😀")
    {
        var options = ValidOptions.Create();
        options.EndOfChatMessage = text;
        options.LauncherLabel = text;
        options.LoadOnInteraction = loadOnInteraction;
        return options;
    }

    private static IElement Body(string html) =>
        new HtmlParser().ParseDocument($"<!DOCTYPE html><html><head><title>t</title></head><body>{html}</body></html>").Body!;

    public static TheoryData<bool, string?> Cases => new()
    {
        { false, null },
        { true, null },
        { false, "r4nd0m+/=" },
        { true, "\"><script>alert(1)</script>" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Host_then_assets_is_exactly_the_whole_render(bool loadOnInteraction, string? nonce)
    {
        var renderer = new ChatResetRenderer();
        var options = Options(loadOnInteraction);

        var parts = renderer.RenderParts(options, "/base", nonce);

        Assert.Equal(
            RenderedChatReset.ToHtml(renderer.Render(options, "/base", nonce)),
            RenderedChatReset.ToHtml(parts.Host) + RenderedChatReset.ToHtml(parts.Assets));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_host_is_the_visible_part_alone_and_the_assets_carry_the_configuration_and_the_nonce(bool loadOnInteraction, string? nonce)
    {
        var renderer = new ChatResetRenderer();
        var options = Options(loadOnInteraction);
        var whole = RenderedChatReset.Parse(renderer.Render(options, nonce: nonce));

        var parts = renderer.RenderParts(options, nonce: nonce);
        var host = Body(RenderedChatReset.ToHtml(parts.Host));
        var assets = Body(RenderedChatReset.ToHtml(parts.Assets));

        var wrapper = Assert.Single(host.Children);
        Assert.Equal(whole.Wrapper.OuterHtml, wrapper.OuterHtml);
        Assert.Equal(loadOnInteraction, wrapper.QuerySelector("[data-chat-reset-launcher]") is not null);
        Assert.Empty(host.QuerySelectorAll("script, link, [nonce]"));

        Assert.Equal(["SCRIPT", "LINK", "SCRIPT"], assets.Children.Select(e => e.TagName));
        Assert.Empty(assets.QuerySelectorAll("[data-chat-reset], [data-chat-reset-notice]"));
        var (config, stylesheet, script) = (assets.Children[0], assets.Children[1], assets.Children[2]);
        Assert.Equal(whole.Config.RootElement.GetRawText(), JsonDocument.Parse(config.TextContent).RootElement.GetRawText());
        // The wording travels in the host (the notice's template), not in the configuration.
        Assert.False(JsonDocument.Parse(config.TextContent).RootElement.TryGetProperty("text", out _));
        Assert.Equal("\"'<>& </script> 😀", whole.Wording("endOfChat"));
        Assert.Equal(whole.Stylesheet.GetAttribute("href"), stylesheet.GetAttribute("href"));
        Assert.Equal(whole.Script.GetAttribute("src"), script.GetAttribute("src"));
        Assert.True(script.HasAttribute("defer"));
        Assert.Equal(string.IsNullOrEmpty(nonce) ? null : nonce, script.GetAttribute("nonce"));
        Assert.Equal(string.IsNullOrEmpty(nonce) ? null : nonce, stylesheet.GetAttribute("nonce"));
        Assert.False(config.HasAttribute("nonce"));
    }

    [Fact]
    public void A_nonce_stays_encoded_when_the_caller_writes_with_no_encoder_as_Orchards_foot_scripts_do()
    {
        const string Nonce = "n\" onload=\"alert(1)";
        var renderer = new ChatResetRenderer();

        foreach (var content in new[] { renderer.RenderParts(ValidOptions.Create(), nonce: Nonce).Assets, renderer.Render(ValidOptions.Create(), nonce: Nonce) })
        {
            using var writer = new StringWriter();
            content.WriteTo(writer, NullHtmlEncoder.Default);
            var body = Body(writer.ToString());

            Assert.Empty(body.QuerySelectorAll("[onload]"));
            Assert.Equal(Nonce, body.QuerySelector("script[src]")!.GetAttribute("nonce"));
        }
    }

    [Fact]
    public void Parts_come_from_the_per_settings_cache()
    {
        var renderer = new ChatResetRenderer();

        var first = renderer.RenderParts(ValidOptions.Create());
        var again = renderer.RenderParts(ValidOptions.Create());
        var other = renderer.RenderParts(ValidOptions.Create() with { Language = "de" });

        // Equal settings reuse the very same segments; only the nonce would make a request's assets differ.
        Assert.Same(first.Host, again.Host);
        Assert.Same(first.Assets, again.Assets);
        Assert.Same(first.Host, renderer.RenderParts(ValidOptions.Create(), nonce: "abc").Host);
        Assert.NotSame(first.Assets, other.Assets);
        Assert.Contains("\"language\":\"de\"", RenderedChatReset.ToHtml(other.Assets), StringComparison.Ordinal);
    }

    private static DefaultHttpContext NewRequest(IServiceProvider services, string? pathBase = null)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.PathBase = new PathString(pathBase);
        return context;
    }

    private sealed class FixedNonce(string nonce) : IChatResetNonceSource
    {
        public string? GetNonce(HttpContext httpContext) => nonce;
    }

    [Fact]
    public void The_page_renderer_gives_both_parts_once_per_request_with_its_path_base_and_nonce()
    {
        using var services = new ServiceCollection().AddChatResetServices()
            .AddScoped<IChatResetNonceSource>(_ => new FixedNonce("abc123")).BuildServiceProvider();
        var pageRenderer = services.GetRequiredService<ChatResetPageRenderer>();
        using var scope = services.CreateScope();
        var request = NewRequest(scope.ServiceProvider, "/shop");

        var first = pageRenderer.RenderParts(request, ValidOptions.Create());
        var second = pageRenderer.RenderParts(request, ValidOptions.Create());

        Assert.NotNull(first);
        Assert.Null(second);
        var assets = Body(RenderedChatReset.ToHtml(first.Value.Assets));
        Assert.Equal("/shop/_content/ChatReset.Core/chat-reset.js", assets.QuerySelector("script[src]")!.GetAttribute("src"));
        Assert.Equal("abc123", assets.QuerySelector("script[src]")!.GetAttribute("nonce"));
        Assert.Equal("abc123", assets.QuerySelector("link")!.GetAttribute("nonce"));
        Assert.NotNull(Body(RenderedChatReset.ToHtml(first.Value.Host)).QuerySelector("[data-chat-reset-notice]"));

        using var nextScope = services.CreateScope();
        Assert.NotNull(pageRenderer.RenderParts(NewRequest(nextScope.ServiceProvider), ValidOptions.Create()));
    }

    [Fact]
    public void Whole_and_part_wise_rendering_share_the_once_per_request_claim()
    {
        using var services = new ServiceCollection().AddChatResetServices().BuildServiceProvider();
        var pageRenderer = services.GetRequiredService<ChatResetPageRenderer>();

        var partsFirst = NewRequest(services);
        Assert.NotNull(pageRenderer.RenderParts(partsFirst, ValidOptions.Create()));
        Assert.Equal(string.Empty, RenderedChatReset.ToHtml(pageRenderer.Render(partsFirst, ValidOptions.Create())));

        var wholeFirst = NewRequest(services);
        RenderedChatReset.Parse(pageRenderer.Render(wholeFirst, ValidOptions.Create()));
        Assert.Null(pageRenderer.RenderParts(wholeFirst, ValidOptions.Create()));
    }
}
