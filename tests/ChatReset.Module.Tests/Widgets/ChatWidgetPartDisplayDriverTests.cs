using ChatReset.Core;
using ChatReset.Core.AspNetCore;
using ChatReset.Module.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatReset.Module.Tests.Widgets;

public sealed class ChatWidgetPartDisplayDriverTests
{
    [Fact]
    public async Task Visitors_get_exactly_the_markup_ChatReset_Core_renders_for_the_site_settings()
    {
        var host = new ChatWidgetTestHost();

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        Assert.NotNull(display);
        Assert.False(display.ShowSettingsHint);
        var html = ChatWidgetTestHost.ToHtml(display.Html);
        Assert.Equal(ChatWidgetTestHost.CoreMarkup(ChatWidgetTestHost.SiteOptions), html);

        var page = ChatWidgetTestHost.Parse(html);
        Assert.NotNull(page.QuerySelector("[data-chat-reset-notice]"));
        var script = page.QuerySelector("script[src$='chat-reset.js']");
        Assert.NotNull(script);
        Assert.True(script.HasAttribute("defer"));
        Assert.Equal(ChatWidgetTestHost.SiteOptions.EndOfChatMessage, ChatWidgetTestHost.ConfiguredEndOfChatText(html));
    }

    [Fact]
    public async Task A_widget_with_its_own_message_shows_that_message_when_the_chat_ends()
    {
        var host = new ChatWidgetTestHost();

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart("Thanks! <b>Bye</b> — see you soon."));

        var html = ChatWidgetTestHost.ToHtml(display!.Html);
        Assert.Equal("Thanks! <b>Bye</b> — see you soon.", ChatWidgetTestHost.ConfiguredEndOfChatText(html));
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_message_that_no_longer_passes_Cores_rules_falls_back_to_the_site_wording()
    {
        var host = new ChatWidgetTestHost();

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart(new string('x', ChatResetOptionsValidator.MaxEndOfChatMessageLength + 1)));

        var html = ChatWidgetTestHost.ToHtml(display!.Html);
        Assert.Equal(ChatWidgetTestHost.SiteOptions.EndOfChatMessage, ChatWidgetTestHost.ConfiguredEndOfChatText(html));
    }

    [Fact]
    public async Task Several_widgets_on_one_page_load_and_configure_the_Salesforce_bootstrap_once()
    {
        var host = new ChatWidgetTestHost();
        var driver = host.CreateDriver();

        var first = await host.DisplayAsync(ChatWidgetTestHost.NewPart("From the first widget."), driver);
        var second = await host.DisplayAsync(ChatWidgetTestHost.NewPart("From the second widget."), driver);
        var page = ChatWidgetTestHost.ToHtml(first!.Html) + ChatWidgetTestHost.ToHtml(second!.Html);

        var document = ChatWidgetTestHost.Parse(page);
        Assert.Single(document.QuerySelectorAll("script[src$='chat-reset.js']"));
        Assert.Single(document.QuerySelectorAll("script[data-chat-reset-config]"));
        Assert.Single(document.QuerySelectorAll("[data-chat-reset-notice]"));
        Assert.Equal("From the first widget.", ChatWidgetTestHost.ConfiguredEndOfChatText(page));
    }

    [Fact]
    public async Task Writing_the_same_widget_twice_gives_the_same_markup_both_times()
    {
        var host = new ChatWidgetTestHost();
        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        var measured = ChatWidgetTestHost.ToHtml(display!.Html);
        var placed = ChatWidgetTestHost.ToHtml(display.Html);

        Assert.Contains("chat-reset.js", placed, StringComparison.Ordinal);
        Assert.Equal(measured, placed);
    }

    [Fact]
    public async Task Admin_pages_get_nothing_even_for_managers()
    {
        var host = new ChatWidgetTestHost();
        host.GrantManageDeployment();
        host.MarkAsAdminPage();

        Assert.Null(await host.DisplayAsync(ChatWidgetTestHost.NewPart()));

        host.UseSettings(ChatWidgetTestHost.Missing("OrgId"));
        Assert.Null(await host.DisplayAsync(ChatWidgetTestHost.NewPart()));
    }

    [Fact]
    public async Task Without_tracking_consent_no_Salesforce_script_is_rendered()
    {
        var host = new ChatWidgetTestHost();
        host.SetTrackingConsent(canTrack: false);

        Assert.Null(await host.DisplayAsync(ChatWidgetTestHost.NewPart()));
    }

    [Fact]
    public async Task With_tracking_consent_given_the_chat_is_rendered()
    {
        var host = new ChatWidgetTestHost();
        host.SetTrackingConsent(canTrack: true);

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        Assert.Contains("chat-reset.js", ChatWidgetTestHost.ToHtml(display!.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incomplete_deployment_settings_render_nothing_for_visitors()
    {
        var host = new ChatWidgetTestHost();
        host.UseSettings(ChatWidgetTestHost.Missing("OrgId"));

        Assert.Null(await host.DisplayAsync(ChatWidgetTestHost.NewPart()));
    }

    [Fact]
    public async Task Incomplete_deployment_settings_show_managers_what_is_missing_and_where_to_fix_it()
    {
        var host = new ChatWidgetTestHost();
        host.GrantManageDeployment();
        host.HttpContext.Request.PathBase = "/shop";
        host.UseAdminUrlPrefix("backoffice");
        host.UseSettings(ChatWidgetTestHost.Missing("OrgId", "Scrt2Url"));

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        Assert.NotNull(display);
        Assert.True(display.ShowSettingsHint);
        Assert.Equal(["OrgId is required.", "Scrt2Url is required."], display.MissingSettings);
        Assert.Equal("/shop/backoffice/Settings/" + ChatResetConstants.SettingsGroups.Deployment, display.SettingsUrl);
        Assert.Equal(string.Empty, ChatWidgetTestHost.ToHtml(display.Html));
    }

    [Fact]
    public async Task Managers_see_the_chat_itself_once_the_settings_are_complete()
    {
        var host = new ChatWidgetTestHost();
        host.GrantManageDeployment();

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        Assert.False(display!.ShowSettingsHint);
        Assert.Contains("chat-reset.js", ChatWidgetTestHost.ToHtml(display.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_widget_written_into_a_partial_result_adds_no_second_bootstrap()
    {
        var host = new ChatWidgetTestHost();
        host.HttpContext.Items.Clear();

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        Assert.Equal(string.Empty, ChatWidgetTestHost.ToHtml(display!.Html));
    }

    [Fact]
    public async Task The_sites_CSP_nonce_is_put_on_the_script_and_stylesheet()
    {
        var host = new ChatWidgetTestHost(services =>
            services.AddScoped<IChatResetNonceSource>(_ => new FixedNonce("r4nd0m+N0nce=")));

        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        var html = ChatWidgetTestHost.ToHtml(display!.Html);
        var page = ChatWidgetTestHost.Parse(html);
        Assert.Equal("r4nd0m+N0nce=", page.QuerySelector("script[src$='chat-reset.js']")!.GetAttribute("nonce"));
        Assert.Equal(ChatWidgetTestHost.CoreMarkup(ChatWidgetTestHost.SiteOptions, "r4nd0m+N0nce="), html);
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
        Assert.Equal(ChatWidgetTestHost.SiteOptions.EndOfChatMessage, ChatWidgetTestHost.ConfiguredEndOfChatText(ChatWidgetTestHost.ToHtml(display!.Html)));
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

    private sealed class FixedNonce(string nonce) : IChatResetNonceSource
    {
        public string? GetNonce(HttpContext httpContext) => nonce;
    }
}
