using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Html;

namespace ChatReset.Core.Tests;

/// <summary>
/// The rendered markup read back with a spec-compliant HTML5 parser, as a browser would, after checking that it has
/// exactly the DOM contract the reset script relies on.
/// </summary>
internal sealed class RenderedChatReset
{
    private RenderedChatReset(string html, IElement wrapper, IElement? launcher, IHtmlTemplateElement template, IElement notice,
        IElement configScript, IElement stylesheet, IElement script, JsonDocument config)
    {
        Html = html;
        Wrapper = wrapper;
        Launcher = launcher;
        Template = template;
        Notice = notice;
        ConfigScript = configScript;
        Stylesheet = stylesheet;
        Script = script;
        Config = config;
    }

    public string Html { get; }
    public IElement Wrapper { get; }
    public IElement? Launcher { get; }
    public IHtmlTemplateElement Template { get; }
    public IElement Notice { get; }
    public IElement ConfigScript { get; }
    public IElement Stylesheet { get; }
    public IElement Script { get; }
    public JsonDocument Config { get; }

    /// <summary>The launcher's content exactly as written, before any parser touches it.</summary>
    public string RawLauncherContent
    {
        get
        {
            const string Open = "data-chat-reset-launcher hidden>";
            var start = Html.IndexOf(Open, StringComparison.Ordinal) + Open.Length;
            return Html[start..Html.IndexOf("</button>", start, StringComparison.Ordinal)];
        }
    }

    /// <summary>A text of the notice as the browser will show it: <c>endOfChat</c>, <c>restart</c> or <c>dismiss</c>.</summary>
    public string Wording(string name) => Template.Content.QuerySelector(name switch
    {
        "endOfChat" => ".chat-reset__message",
        "restart" => "[data-chat-reset-restart]",
        "dismiss" => "[data-chat-reset-dismiss]",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    })!.TextContent;

    public static string ToHtml(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    public static RenderedChatReset Parse(IHtmlContent content) => Parse(ToHtml(content));

    public static RenderedChatReset Parse(string html)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><head><title>t</title></head><body>{html}</body></html>");
        var body = document.Body!;

        // Four top-level elements, nothing more (five with the optional features' script, which a verified visitor's
        // page has): any text that escaped its context would add nodes here.
        var features = body.Children.Length == 5 ? body.Children[1] : null;
        Assert.Equal(features is null ? ["DIV", "SCRIPT", "LINK", "SCRIPT"] : ["DIV", "SCRIPT", "SCRIPT", "LINK", "SCRIPT"], body.Children.Select(e => e.TagName));
        Assert.DoesNotContain(body.ChildNodes, n => n.NodeType is NodeType.Text or NodeType.Comment);
        if (features is not null)
        {
            Assert.EndsWith("/chat-reset-features.js", features.GetAttribute("src"), StringComparison.Ordinal);
            Assert.True(features.HasAttribute("defer"));
            Assert.Equal(string.Empty, features.TextContent);
        }

        var first = features is null ? 1 : 2;
        var (wrapper, configScript, stylesheet, script) = (body.Children[0], body.Children[first], body.Children[first + 1], body.Children[first + 2]);

        Assert.True(wrapper.ClassList.Contains("chat-reset"));
        Assert.True(wrapper.HasAttribute("data-chat-reset"));
        var launcher = wrapper.QuerySelector("button[data-chat-reset-launcher]");
        Assert.Equal(launcher is null ? ["TEMPLATE", "DIV"] : ["BUTTON", "TEMPLATE", "DIV"], wrapper.Children.Select(e => e.TagName));
        if (launcher is not null)
        {
            Assert.Equal("button", launcher.GetAttribute("type"));
            // Hidden until the script listens to it.
            Assert.True(launcher.HasAttribute("hidden"));
            Assert.Empty(launcher.Children);
        }

        // The notice's content, in the order the script relies on: the focusable message, then the two controls.
        var template = Assert.IsAssignableFrom<IHtmlTemplateElement>(wrapper.Children[^2]);
        Assert.Equal(["P", "DIV"], template.Content.Children.Select(e => e.TagName));
        Assert.DoesNotContain(template.Content.ChildNodes, n => n.NodeType is NodeType.Text or NodeType.Comment);
        var (message, actions) = (template.Content.Children[0], template.Content.Children[1]);
        Assert.Equal("chat-reset__message", message.ClassName);
        Assert.Equal("-1", message.GetAttribute("tabindex"));
        Assert.Empty(message.Children);
        Assert.Equal(["chat-reset__restart", "chat-reset__dismiss"], actions.Children.Select(e => e.ClassName));
        Assert.All(actions.Children, control =>
        {
            Assert.Equal("BUTTON", control.TagName);
            Assert.Equal("button", control.GetAttribute("type"));
            Assert.Empty(control.Children);
        });
        Assert.True(actions.Children[0].HasAttribute("data-chat-reset-restart"));
        Assert.True(actions.Children[1].HasAttribute("data-chat-reset-dismiss"));

        var notice = wrapper.Children[^1];
        Assert.True(notice.HasAttribute("data-chat-reset-notice"));
        Assert.Equal("status", notice.GetAttribute("role"));
        Assert.Equal("polite", notice.GetAttribute("aria-live"));
        Assert.Empty(notice.ChildNodes);

        Assert.Equal("application/json", configScript.GetAttribute("type"));
        Assert.True(configScript.HasAttribute("data-chat-reset-config"));
        Assert.Equal("stylesheet", stylesheet.GetAttribute("rel"));
        Assert.True(script.HasAttribute("defer"));
        Assert.Equal(string.Empty, script.TextContent);

        // The JSON block must end where the renderer meant it to: the parser's text equals the raw text up to
        // the first "</script>", and that raw text holds nothing that could close or confuse a script element.
        const string Open = "data-chat-reset-config>";
        var start = html.IndexOf(Open, StringComparison.Ordinal) + Open.Length;
        var rawJson = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        Assert.Equal(rawJson, configScript.TextContent);
        Assert.DoesNotContain('<', rawJson);
        Assert.DoesNotContain('\u2028', rawJson);
        Assert.DoesNotContain('\u2029', rawJson);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        Assert.Equal(first + 1, CountOf(html, "</script"));

        return new RenderedChatReset(html, wrapper, launcher, template, notice, configScript, stylesheet, script, JsonDocument.Parse(rawJson));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
