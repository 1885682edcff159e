using ChatReset.Core;
using ChatReset.Core.AspNetCore;
using ChatReset.Module.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatReset.Module.Tests.Widgets;

public sealed class ChatWidgetPartDisplayDriverTests
{
    [Fact]
    public async Task Visitors_get_Cores_host_where_the_widget_sits_and_Cores_assets_at_the_page_foot()
    {
        var host = new ChatWidgetTestHost();

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        Assert.NotNull(display);
        var (coreHost, coreAssets) = ChatWidgetTestHost.CoreParts(ChatWidgetTestHost.SiteOptions);
        Assert.Equal(coreHost, ChatWidgetTestHost.ToHtml(display.Host));
        Assert.Equal(coreAssets, host.Resources.RenderFootScripts());

        var html = await host.PageAsync(ChatWidgetTestHost.HostOnly, display);
        var page = ChatWidgetTestHost.Parse(html);
        Assert.NotNull(page.QuerySelector("main > div.chat-reset[data-chat-reset] > [data-chat-reset-notice]"));
        Assert.Empty(page.QuerySelectorAll("main script, main link"));
        var script = page.QuerySelector("footer > script[src$='chat-reset.js']");
        Assert.NotNull(script);
        Assert.True(script.HasAttribute("defer"));
        Assert.NotNull(page.QuerySelector("footer > script[data-chat-reset-config]"));
        Assert.NotNull(page.QuerySelector("footer > link[rel=stylesheet][href$='chat-reset.css']"));
        Assert.Equal(ChatWidgetTestHost.SiteOptions.EndOfChatMessage, ChatWidgetTestHost.ConfiguredEndOfChatText(html));
    }

    [Fact]
    public async Task A_widget_with_its_own_message_shows_that_message_when_the_chat_ends()
    {
        var host = new ChatWidgetTestHost();

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart("Thanks! <b>Bye</b> — see you soon."));

        var html = await host.PageAsync(ChatWidgetTestHost.HostOnly, display);
        Assert.Equal("Thanks! <b>Bye</b> — see you soon.", ChatWidgetTestHost.ConfiguredEndOfChatText(html));
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_message_that_no_longer_passes_Cores_rules_falls_back_to_the_site_wording()
    {
        var host = new ChatWidgetTestHost();

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart(new string('x', ChatResetOptionsValidator.MaxEndOfChatMessageLength + 1)));

        var html = await host.PageAsync(ChatWidgetTestHost.HostOnly, display);
        Assert.Equal(ChatWidgetTestHost.SiteOptions.EndOfChatMessage, ChatWidgetTestHost.ConfiguredEndOfChatText(html));
    }

    [Fact]
    public async Task Several_widgets_on_one_page_put_one_host_and_one_set_of_assets_in_the_page()
    {
        var host = new ChatWidgetTestHost();
        var driver = host.CreateDriver();

        var first = await host.DisplayAsync(ChatWidgetTestHost.NewPart("From the first widget."), driver);
        var second = await host.DisplayAsync(ChatWidgetTestHost.NewPart("From the second widget."), driver);
        var html = await host.PageAsync(ChatWidgetTestHost.HostOnly, first, second);

        var page = ChatWidgetTestHost.Parse(html);
        Assert.Single(host.Resources.GetRegisteredFootScripts());
        Assert.Single(page.QuerySelectorAll("script[src$='chat-reset.js']"));
        Assert.Single(page.QuerySelectorAll("script[data-chat-reset-config]"));
        Assert.Single(page.QuerySelectorAll("link[href$='chat-reset.css']"));
        Assert.Single(page.QuerySelectorAll("[data-chat-reset-notice]"));
        Assert.Equal(string.Empty, ChatWidgetTestHost.ToHtml(second!.Host));
        Assert.Equal("From the first widget.", ChatWidgetTestHost.ConfiguredEndOfChatText(html));
    }

    [Fact]
    public async Task Admin_pages_get_nothing_even_for_managers()
    {
        var host = new ChatWidgetTestHost();
        host.GrantManageDeployment();
        host.MarkAsAdminPage();

        Assert.Null(await host.DisplayAsync(ChatWidgetTestHost.NewPart()));

        host.UseSettings(ChatWidgetTestHost.Stored(o => o.OrgId = null));
        Assert.Null(await host.DisplayAsync(ChatWidgetTestHost.NewPart()));
        Assert.Equal(string.Empty, host.Resources.RenderFootScripts());
    }

    [Fact]
    public async Task Without_tracking_consent_no_Salesforce_script_is_rendered()
    {
        var host = new ChatWidgetTestHost();
        host.SetTrackingConsent(canTrack: false);

        Assert.Null(await host.DisplayAsync(ChatWidgetTestHost.NewPart()));
        Assert.Equal(string.Empty, host.Resources.RenderFootScripts());
    }

    [Fact]
    public async Task With_tracking_consent_given_the_chat_is_rendered()
    {
        var host = new ChatWidgetTestHost();
        host.SetTrackingConsent(canTrack: true);

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        Assert.Contains("data-chat-reset-notice", ChatWidgetTestHost.ToHtml(display!.Host), StringComparison.Ordinal);
        Assert.Contains("chat-reset.js", host.Resources.RenderFootScripts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incomplete_deployment_settings_render_nothing_for_visitors()
    {
        var host = new ChatWidgetTestHost();
        host.UseSettings(ChatWidgetTestHost.Stored(o => o.OrgId = null));

        Assert.Null(await host.DisplayAsync(ChatWidgetTestHost.NewPart()));
        Assert.Equal(string.Empty, host.Resources.RenderFootScripts());
    }

    [Fact]
    public async Task Incomplete_deployment_settings_show_managers_what_is_missing_and_where_to_fix_it()
    {
        var host = new ChatWidgetTestHost();
        host.GrantManageDeployment();
        host.HttpContext.Request.PathBase = "/shop";
        host.UseAdminUrlPrefix("backoffice");
        host.UseSettings(ChatWidgetTestHost.Stored(o =>
        {
            o.OrgId = null;
            o.SiteUrl = "not a url";
            o.Scrt2Url = " ";
        }));

        var hint = await host.DisplaySettingsHintAsync(ChatWidgetTestHost.NewPart());

        Assert.NotNull(hint);
        Assert.Collection(hint.Problems,
            problem => Assert.StartsWith("Org ID (OrgId) is required.", problem, StringComparison.Ordinal),
            problem => Assert.StartsWith("Site URL (SiteUrl) must be an absolute https URL", problem, StringComparison.Ordinal),
            problem => Assert.StartsWith("SCRT2 URL (Scrt2Url) is required.", problem, StringComparison.Ordinal));
        Assert.Equal("/shop/backoffice/Settings/" + ChatResetConstants.SettingsGroups.Deployment, hint.SettingsUrl);
        Assert.Equal(string.Empty, host.Resources.RenderFootScripts());
    }

    [Fact]
    public async Task A_page_with_several_chat_widgets_shows_managers_one_settings_hint()
    {
        var host = new ChatWidgetTestHost();
        host.GrantManageDeployment();
        host.UseSettings(ChatWidgetTestHost.Stored(o => o.OrgId = null));

        var first = await host.DisplaySettingsHintAsync(ChatWidgetTestHost.NewPart());
        var second = await host.DisplaySettingsHintAsync(ChatWidgetTestHost.NewPart());

        Assert.NotNull(first);
        Assert.Null(second);
    }

    [Fact]
    public async Task Managers_see_the_chat_itself_once_the_settings_are_complete()
    {
        var host = new ChatWidgetTestHost();
        host.GrantManageDeployment();

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        Assert.Contains("data-chat-reset-notice", ChatWidgetTestHost.ToHtml(display!.Host), StringComparison.Ordinal);
        Assert.Contains("chat-reset.js", host.Resources.RenderFootScripts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_assets_at_the_foot_carry_the_request_path_base()
    {
        var host = new ChatWidgetTestHost();
        host.HttpContext.Request.PathBase = "/my shop";

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        var page = ChatWidgetTestHost.Parse(await host.PageAsync(ChatWidgetTestHost.HostOnly, display));
        Assert.Equal("/my%20shop/_content/ChatReset.Core/chat-reset.js", page.QuerySelector("footer > script[src]")!.GetAttribute("src"));
        Assert.Equal("/my%20shop/_content/ChatReset.Core/chat-reset.css", page.QuerySelector("footer > link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_sites_CSP_nonce_is_put_on_the_foot_script_and_stylesheet_not_on_the_host()
    {
        var (host, page) = await VisitorPageWithNonceAsync("r4nd0m+N0nce=");

        Assert.Equal("r4nd0m+N0nce=", page.QuerySelector("footer > script[src$='chat-reset.js']")!.GetAttribute("nonce"));
        Assert.Equal("r4nd0m+N0nce=", page.QuerySelector("footer > link[rel=stylesheet]")!.GetAttribute("nonce"));
        Assert.Empty(page.QuerySelectorAll("main [nonce]"));
        Assert.Equal(ChatWidgetTestHost.CoreParts(ChatWidgetTestHost.SiteOptions, "r4nd0m+N0nce=").Assets, host.Resources.RenderFootScripts());
    }

    [Fact]
    public async Task A_nonce_with_a_quote_cannot_leave_its_attribute_although_Orchard_writes_foot_scripts_unencoded()
    {
        var (_, page) = await VisitorPageWithNonceAsync("n\" onload=\"alert(1)");

        var script = page.QuerySelector("footer > script[src$='chat-reset.js']")!;
        Assert.Equal("n\" onload=\"alert(1)", script.GetAttribute("nonce"));
        Assert.Empty(page.QuerySelectorAll("[onload]"));
    }

    [Fact]
    public async Task The_editor_shows_the_widgets_message_with_the_site_wording_as_placeholder()
    {
        var host = new ChatWidgetTestHost();

        var editor = await ChatWidgetTestHost.EditAsync(host.CreateDriver(), ChatWidgetTestHost.NewPart("Widget text."));

        Assert.Equal("Widget text.", editor.EndOfChatMessage);
        Assert.Equal(ChatWidgetTestHost.SiteOptions.EndOfChatMessage, editor.SiteEndOfChatMessage);
        Assert.Equal(ChatResetOptionsValidator.MaxEndOfChatMessageLength, editor.MaxLength);
    }

    [Fact]
    public async Task A_user_without_the_wording_permission_cannot_set_or_change_the_override()
    {
        var host = new ChatWidgetTestHost();
        host.DenyEditWording();
        var part = ChatWidgetTestHost.NewPart();
        part.EndOfChatMessage = "Approved by marketing.";

        var (editor, modelState) = await ChatWidgetTestHost.UpdateAsync(host.CreateDriver(), part, "Sneaked in by a contributor.");

        Assert.True(modelState.IsValid);
        Assert.Equal("Approved by marketing.", part.EndOfChatMessage);
        Assert.False(editor.CanEditMessage);
        Assert.False((await ChatWidgetTestHost.EditAsync(host.CreateDriver(), part)).CanEditMessage);
    }

    [Fact]
    public async Task Saving_a_valid_message_stores_it_on_the_widget()
    {
        var host = new ChatWidgetTestHost();
        var part = ChatWidgetTestHost.NewPart();

        var (editor, modelState) = await ChatWidgetTestHost.UpdateAsync(host.CreateDriver(), part, "Chat over, thank you.");

        Assert.True(modelState.IsValid);
        Assert.Equal("Chat over, thank you.", part.EndOfChatMessage);
        Assert.Equal("Chat over, thank you.", editor.EndOfChatMessage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task Clearing_the_message_goes_back_to_the_site_wording(string? posted)
    {
        var host = new ChatWidgetTestHost();
        var part = ChatWidgetTestHost.NewPart("Old widget text.");

        var (_, modelState) = await ChatWidgetTestHost.UpdateAsync(host.CreateDriver(), part, posted);
        var display = await host.DisplayAsync(part);

        Assert.True(modelState.IsValid);
        Assert.Null(part.EndOfChatMessage);
        Assert.Equal(ChatWidgetTestHost.SiteOptions.EndOfChatMessage, ChatWidgetTestHost.ConfiguredEndOfChatText(await host.PageAsync(ChatWidgetTestHost.HostOnly, display)));
    }

    public static TheoryData<string> InvalidMessages => new()
    {
        new string('x', ChatResetOptionsValidator.MaxEndOfChatMessageLength + 1),
        "Bye\0now",
        "Half a character: \ud83d",
    };

    [Theory]
    [MemberData(nameof(InvalidMessages), DisableDiscoveryEnumeration = true)] // keeps the lone surrogate intact
    public async Task An_invalid_message_is_reported_on_its_field_and_nothing_is_saved(string posted)
    {
        var host = new ChatWidgetTestHost();
        var part = ChatWidgetTestHost.NewPart("Stored widget text.");

        var (editor, modelState) = await ChatWidgetTestHost.UpdateAsync(host.CreateDriver(), part, posted);

        Assert.False(modelState.IsValid);
        var entry = Assert.Single(modelState);
        Assert.Equal("ChatWidgetPart.EndOfChatMessage", entry.Key);
        Assert.Contains("End-of-chat message", Assert.Single(entry.Value!.Errors).ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("Stored widget text.", part.EndOfChatMessage);
        Assert.Equal(posted, editor.EndOfChatMessage);
    }

    /// <summary>A visitor's page with one Chat widget on a site whose CSP nonce source gives <paramref name="nonce"/>.</summary>
    private static async Task<(ChatWidgetTestHost Host, AngleSharp.Dom.IDocument Page)> VisitorPageWithNonceAsync(string nonce)
    {
        var host = new ChatWidgetTestHost(services => services.AddScoped<IChatResetNonceSource>(_ => new FixedNonce(nonce)));
        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());
        return (host, ChatWidgetTestHost.Parse(await host.PageAsync(ChatWidgetTestHost.HostOnly, display)));
    }

    private sealed class FixedNonce(string nonce) : IChatResetNonceSource
    {
        public string? GetNonce(HttpContext httpContext) => nonce;
    }
}
