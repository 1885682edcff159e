using ChatReset.Module.Services;
using ChatReset.Module.Widgets.ViewModels;

namespace ChatReset.Module.Tests.Widgets;

public sealed class ChatWidgetRazorViewTests
{
    private static Task<string> View(ChatWidgetPartViewModel display) => RazorViews.RenderAsync("/Views/ChatWidgetPart.cshtml", display);

    [Fact]
    public async Task The_display_view_writes_ChatReset_Cores_host_and_the_layout_foot_gets_the_assets()
    {
        var host = new ChatWidgetTestHost();
        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart());

        var html = await View(display!);

        // Alone, the view is what a partial result would carry: the host, no script to start a second bootstrap.
        var (coreHost, coreAssets) = ChatWidgetTestHost.CoreParts(ChatWidgetTestHost.SiteOptions);
        Assert.Equal(coreHost, html.Trim());
        Assert.Empty(ChatWidgetTestHost.Parse(html).QuerySelectorAll("script, link"));

        var page = await host.PageAsync(View, display);
        Assert.Equal($"<main>{html}</main><footer data-foot-scripts>{coreAssets}</footer>", page);
    }

    [Fact]
    public async Task Two_widgets_rendered_by_the_view_give_a_page_with_one_host_and_one_script()
    {
        var host = new ChatWidgetTestHost();
        var driver = host.CreateDriver();
        var first = await host.DisplayAsync(ChatWidgetTestHost.NewPart(), driver);
        var second = await host.DisplayAsync(ChatWidgetTestHost.NewPart(), driver);

        var page = ChatWidgetTestHost.Parse(await host.PageAsync(View, first, second));

        Assert.Single(page.QuerySelectorAll("main [data-chat-reset]"));
        Assert.Single(page.QuerySelectorAll("script[src$='chat-reset.js']"));
        Assert.Equal(string.Empty, (await View(second!)).Trim());
    }

    [Fact]
    public async Task The_display_view_shows_managers_each_missing_setting_as_text_and_links_to_the_settings_page()
    {
        var host = new ChatWidgetTestHost();
        host.GrantManageDeployment();
        host.UseSettings(ChatWidgetTestHost.InvalidWithMarkup);
        var hint = await host.DisplaySettingsHintAsync(ChatWidgetTestHost.NewPart());

        ChatWidgetTestHost.AssertSettingsHint(await RazorViews.RenderAsync("/Views/ChatWidgetSettingsHint.cshtml", hint), hint!);
    }

    [Fact]
    public async Task The_editor_view_offers_the_message_with_the_site_wording_as_placeholder_and_Cores_length_limit()
    {
        var model = new ChatWidgetPartEditViewModel
        {
            EndOfChatMessage = "Widget \"text\" <here>",
            SiteEndOfChatMessage = "Site wording",
            CanEditMessage = true,
            MaxLength = 500,
        };

        var page = ChatWidgetTestHost.Parse(await RazorViews.RenderAsync("/Views/ChatWidgetPart.Edit.cshtml", model));

        var field = page.QuerySelector("textarea")!;
        Assert.Equal("Widget \"text\" <here>", field.TextContent.Trim());
        Assert.Equal("Site wording", field.GetAttribute("placeholder"));
        Assert.Equal("500", field.GetAttribute("maxlength"));
        Assert.Equal(field.Id, page.QuerySelector("label")!.GetAttribute("for"));
        Assert.NotNull(page.QuerySelector(".hint"));
    }

    [Fact]
    public async Task Without_the_wording_permission_the_editor_shows_the_message_read_only()
    {
        var model = new ChatWidgetPartEditViewModel { EndOfChatMessage = "Widget <b>text</b>", SiteEndOfChatMessage = "Site wording" };

        var page = ChatWidgetTestHost.Parse(await RazorViews.RenderAsync("/Views/ChatWidgetPart.Edit.cshtml", model));

        Assert.Null(page.QuerySelector("textarea, input"));
        Assert.Equal("Widget <b>text</b>", page.QuerySelector(".chat-reset-widget-message")!.TextContent);
    }

    [Fact]
    public async Task An_invalid_message_comes_back_in_the_editor_with_its_error_under_the_field_Orchard_posts()
    {
        var host = new ChatWidgetTestHost();
        var (editor, modelState) = await ChatWidgetTestHost.UpdateAsync(host.CreateDriver(), ChatWidgetTestHost.NewPart(), "Bye\0now");

        var page = ChatWidgetTestHost.Parse(await RazorViews.RenderAsync(
            "/Views/ChatWidgetPart.Edit.cshtml", editor, modelState, htmlFieldPrefix: "ChatWidgetPart"));

        Assert.Equal("ChatWidgetPart.EndOfChatMessage", page.QuerySelector("textarea")!.GetAttribute("name"));
        Assert.Equal("Bye\uFFFDnow", page.QuerySelector("textarea")!.TextContent.Trim());
        var error = page.QuerySelector("[data-valmsg-for='ChatWidgetPart.EndOfChatMessage']")!;
        Assert.Contains("field-validation-error", error.ClassList);
        Assert.Equal(Assert.Single(modelState["ChatWidgetPart.EndOfChatMessage"]!.Errors).ErrorMessage, error.TextContent);
    }
}
