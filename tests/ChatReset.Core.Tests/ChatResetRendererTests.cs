using System.Net;
using ChatReset.Core.Rendering;

namespace ChatReset.Core.Tests;

public sealed class ChatResetRendererTests
{
    private static ChatResetOptions WithText(string text, bool loadOnInteraction = true)
    {
        var options = ValidOptions.Create();
        options.EndOfChatMessage = text;
        options.RestartLabel = text;
        options.DismissLabel = text;
        options.LauncherLabel = text;
        options.LoadOnInteraction = loadOnInteraction;
        return options;
    }

    [Fact]
    public void Renders_the_dom_contract_with_the_configuration_as_json_and_the_wording_in_the_host()
    {
        var options = ValidOptions.Create();
        options.Language = "fr";
        options.ProductionMode = false;

        var page = RenderedChatReset.Parse(new ChatResetRenderer().Render(options));
        var config = page.Config.RootElement;

        Assert.Null(page.Launcher);
        Assert.Equal(options.OrgId, config.GetProperty("orgId").GetString());
        Assert.Equal(options.DeploymentApiName, config.GetProperty("deploymentApiName").GetString());
        Assert.Equal(options.SiteUrl, config.GetProperty("siteUrl").GetString());
        Assert.Equal(options.Scrt2Url, config.GetProperty("scrt2Url").GetString());
        Assert.Equal("fr", config.GetProperty("language").GetString());
        Assert.Equal("https://acme.my.site.com/ESWWeb1700000000000/assets/js/bootstrap.min.js", config.GetProperty("bootstrapUrl").GetString());
        Assert.False(config.GetProperty("productionMode").GetBoolean());
        Assert.False(config.GetProperty("loadOnInteraction").GetBoolean());
        Assert.Equal(ChatResetOptions.DefaultEndOfChatMessage, page.Wording("endOfChat"));
        Assert.Equal(ChatResetOptions.DefaultRestartLabel, page.Wording("restart"));
        Assert.Equal(ChatResetOptions.DefaultDismissLabel, page.Wording("dismiss"));
        Assert.Equal("/_content/ChatReset.Core/chat-reset.css", page.Stylesheet.GetAttribute("href"));
        Assert.Equal("/_content/ChatReset.Core/chat-reset.js", page.Script.GetAttribute("src"));
    }

    [Fact]
    public void A_site_relative_bootstrap_url_replaces_the_salesforce_one()
    {
        var options = ValidOptions.Create();
        options.AllowedLocalBootstrapPath = "/simulated/bootstrap.js";
        options.BootstrapUrl = "/simulated/bootstrap.js";

        var page = RenderedChatReset.Parse(new ChatResetRenderer().Render(options));

        Assert.Equal("/simulated/bootstrap.js", page.Config.RootElement.GetProperty("bootstrapUrl").GetString());
    }

    [Fact]
    public void The_launcher_is_rendered_only_when_loading_on_interaction()
    {
        var options = ValidOptions.Create();
        options.LoadOnInteraction = true;

        var page = RenderedChatReset.Parse(new ChatResetRenderer().Render(options));

        Assert.NotNull(page.Launcher);
        Assert.Equal(ChatResetOptions.DefaultLauncherLabel, page.Launcher.TextContent);
        Assert.True(page.Config.RootElement.GetProperty("loadOnInteraction").GetBoolean());
    }

    public static TheoryData<string> Corpus => [.. XssCorpus.All];

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Hostile_text_in_every_text_setting_stays_inert_and_round_trips(string text)
    {
        var renderer = new ChatResetRenderer();

        foreach (var nonce in new[] { null, "n0nce" })
        {
            var page = RenderedChatReset.Parse(renderer.Render(WithText(text), nonce: nonce));

            Assert.DoesNotContain('\0', page.Html);
            // A browser maps NUL to U+FFFD in text (HTML §13.2.5.72); that is why the validator refuses it.
            Assert.Equal(text.Replace('\0', '\uFFFD'), page.Wording("endOfChat"));
            Assert.Equal(text.Replace('\0', '\uFFFD'), page.Wording("restart"));
            Assert.Equal(text.Replace('\0', '\uFFFD'), page.Wording("dismiss"));
            Assert.Equal(text.Replace('\0', '\uFFFD'), page.Launcher!.TextContent);
            Assert.Equal(text, WebUtility.HtmlDecode(page.RawLauncherContent));
        }
    }

    [Fact]
    public void Text_at_the_maximum_length_renders_whole()
    {
        var message = string.Concat(Enumerable.Repeat("</script>\u2028", 50))[..ChatResetOptionsValidator.MaxEndOfChatMessageLength];
        var label = message[..ChatResetOptionsValidator.MaxLabelLength];
        var options = WithText(label);
        options.EndOfChatMessage = message;
        Assert.Empty(ChatResetOptionsValidator.Validate(options));

        var page = RenderedChatReset.Parse(new ChatResetRenderer().Render(options));

        Assert.Equal(message, page.Wording("endOfChat"));
        Assert.Equal(label, page.Launcher!.TextContent);
    }

    [Fact]
    public void Markup_in_identifier_and_url_settings_cannot_escape_either()
    {
        // Invalid settings never reach the renderer in a running site; this proves the encoding does not rely on it.
        const string Attack = "\"></script><script>alert(1)</script><!--";
        var options = new ChatResetOptions
        {
            OrgId = Attack,
            DeploymentApiName = Attack,
            SiteUrl = Attack,
            Scrt2Url = Attack,
            Language = Attack,
            BootstrapUrl = Attack,
            LoadOnInteraction = true,
        };

        var page = RenderedChatReset.Parse(new ChatResetRenderer().Render(options, "/base\"><script>", "\"><script>"));

        Assert.Equal(Attack, page.Config.RootElement.GetProperty("orgId").GetString());
        Assert.Equal(Attack, page.Config.RootElement.GetProperty("bootstrapUrl").GetString());
        Assert.Equal("/base\"><script>/chat-reset.js", page.Script.GetAttribute("src"));
        Assert.Equal("\"><script>", page.Script.GetAttribute("nonce"));
    }

    [Theory]
    [InlineData("r4nd0m+/=")]
    [InlineData("\"><script>alert(1)</script>")]
    [InlineData("a&b'c")]
    public void The_nonce_is_encoded_onto_the_script_and_the_stylesheet(string nonce)
    {
        var page = RenderedChatReset.Parse(new ChatResetRenderer().Render(ValidOptions.Create(), nonce: nonce));

        Assert.Equal(nonce, page.Script.GetAttribute("nonce"));
        Assert.Equal(nonce, page.Stylesheet.GetAttribute("nonce"));
        // The data block is not executed, so it needs no nonce; the notice host carries none either.
        Assert.False(page.ConfigScript.HasAttribute("nonce"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_a_nonce_no_element_carries_a_nonce_attribute(string? nonce)
    {
        var page = RenderedChatReset.Parse(new ChatResetRenderer().Render(ValidOptions.Create(), nonce: nonce));

        Assert.DoesNotContain("nonce", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/shop/_content/ChatReset.Core")]
    [InlineData("/shop/_content/ChatReset.Core/")]
    [InlineData("https://cdn.example.com/assets")]
    public void The_asset_base_path_prefixes_the_script_and_stylesheet(string basePath)
    {
        var page = RenderedChatReset.Parse(new ChatResetRenderer().Render(ValidOptions.Create(), basePath));

        var expected = basePath.TrimEnd('/');
        Assert.Equal($"{expected}/chat-reset.js", page.Script.GetAttribute("src"));
        Assert.Equal($"{expected}/chat-reset.css", page.Stylesheet.GetAttribute("href"));
    }

    public static TheoryData<bool, string?, string?> CacheCases => new()
    {
        { false, null, null },
        { true, null, null },
        { false, "abc123", null },
        { true, "\"><x>", "/simulated/bootstrap.js" },
    };

    [Theory]
    [MemberData(nameof(CacheCases))]
    public void A_cached_render_equals_a_render_built_from_scratch(bool loadOnInteraction, string? nonce, string? bootstrapUrl)
    {
        var renderer = new ChatResetRenderer();
        var options = WithText("\"'<>& 😀", loadOnInteraction);
        options.BootstrapUrl = bootstrapUrl;

        var first = RenderedChatReset.ToHtml(renderer.Render(options, nonce: nonce));
        var cached = RenderedChatReset.ToHtml(renderer.Render(options with { }, nonce: nonce));
        var fresh = RenderedChatReset.ToHtml(new ChatResetRenderer().Render(options, nonce: nonce));

        Assert.Equal(fresh, first);
        Assert.Equal(fresh, cached);
        Assert.Equal(
            RenderedChatReset.ToHtml(ChatResetRenderer.Build(options, ChatResetAssetUrls.Default).WithoutNonce),
            RenderedChatReset.ToHtml(renderer.Render(options)));
    }

    [Fact]
    public void Equal_settings_share_one_cache_entry_and_different_settings_do_not()
    {
        var renderer = new ChatResetRenderer();
        var options = ValidOptions.Create();

        var markup = renderer.GetMarkup(options, ChatResetAssetUrls.Default);

        Assert.Same(markup, renderer.GetMarkup(ValidOptions.Create(), ChatResetAssetUrls.Default));
        Assert.NotSame(markup, renderer.GetMarkup(options with { Language = "de" }, ChatResetAssetUrls.Default));
        // Wording and URLs are not hashed, yet still tell entries apart.
        Assert.NotSame(markup, renderer.GetMarkup(options with { EndOfChatMessage = "Another message" }, ChatResetAssetUrls.Default));
        Assert.NotSame(markup, renderer.GetMarkup(options with { SiteUrl = "https://other.my.site.com/ESWWeb1700000000000" }, ChatResetAssetUrls.Default));
        Assert.NotSame(markup, renderer.GetMarkup(options, ChatResetAssetUrls.Under("/other")));
    }

    [Fact]
    public void Mutating_the_options_after_a_render_does_not_change_what_the_old_values_render()
    {
        var renderer = new ChatResetRenderer();
        var options = ValidOptions.Create();
        var before = RenderedChatReset.ToHtml(renderer.Render(options));
        var cachedBefore = renderer.GetMarkup(options, ChatResetAssetUrls.Default);

        options.EndOfChatMessage = "Changed after rendering";
        options.OrgId = "00D000000000000";
        var afterChange = RenderedChatReset.ToHtml(renderer.Render(options));
        var oldValues = RenderedChatReset.ToHtml(renderer.Render(ValidOptions.Create()));

        Assert.Equal(before, oldValues);
        // The cache still holds the entry for the old values: it keyed a copy, not the caller's instance.
        Assert.Same(cachedBefore, renderer.GetMarkup(ValidOptions.Create(), ChatResetAssetUrls.Default));
        Assert.NotEqual(before, afterChange);
        Assert.Contains("Changed after rendering", afterChange, StringComparison.Ordinal);
        Assert.DoesNotContain("Changed after rendering", oldValues, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_distinct_settings_still_render_correctly_after_the_cache_bound_is_passed()
    {
        var renderer = new ChatResetRenderer();
        for (var i = 0; i < 200; i++)
        {
            var options = WithText($"Message {i}");
            Assert.Equal($"Message {i}", RenderedChatReset.Parse(renderer.Render(options)).Wording("endOfChat"));
        }
    }
}
