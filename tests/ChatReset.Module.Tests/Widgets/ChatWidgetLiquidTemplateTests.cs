using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using ChatReset.Module.Services;
using ChatReset.Module.Widgets.ViewModels;
using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Html;

namespace ChatReset.Module.Tests.Widgets;

/// <summary>
/// Renders the module's <c>Views/ChatWidgetPart.liquid</c> with Fluid, the engine Orchard Core's Liquid views run on,
/// set up as Orchard does for shapes: the shape is <c>Model</c>, <see cref="IHtmlContent"/> values are written as
/// markup (Orchard's HtmlContentValue), other values are HTML-encoded, and <c>t</c> localizes.
/// </summary>
public sealed partial class ChatWidgetLiquidTemplateTests
{

    [Fact]
    public async Task Visitors_get_ChatReset_Cores_host_from_the_Liquid_template_and_the_assets_at_the_foot()
    {
        var host = new ChatWidgetTestHost();
        var display = await host.DisplayAsync(ChatWidgetTestHost.NewPart("Liquid widget text."));

        var output = await RenderAsync(display!);

        var (coreHost, coreAssets) = ChatWidgetTestHost.CoreParts(ChatWidgetTestHost.SiteOptions with { EndOfChatMessage = "Liquid widget text." });
        Assert.Equal(coreHost, output.Trim());
        var page = await host.PageAsync(RenderAsync, display);
        Assert.Equal($"<main>{output}</main><footer data-foot-scripts>{coreAssets}</footer>", page);
        Assert.Equal("Liquid widget text.", ChatWidgetTestHost.ConfiguredEndOfChatText(page));
    }

    [Fact]
    public async Task The_Liquid_template_writes_nothing_for_a_second_widget()
    {
        var host = new ChatWidgetTestHost();
        var driver = host.CreateDriver();
        await host.DisplayAsync(ChatWidgetTestHost.NewPart(), driver);
        var second = await host.DisplayAsync(ChatWidgetTestHost.NewPart(), driver);

        Assert.Equal(string.Empty, (await RenderAsync(second!)).Trim());
    }

    [Fact]
    public async Task Managers_get_the_settings_hint_with_every_missing_setting_encoded_and_a_link()
    {
        var host = new ChatWidgetTestHost();
        host.GrantManageDeployment();
        host.UseSettings(ChatWidgetTestHost.InvalidWithMarkup);
        var hint = await host.DisplaySettingsHintAsync(ChatWidgetTestHost.NewPart());

        ChatWidgetTestHost.AssertSettingsHint(await RenderAsync("ChatWidgetSettingsHint", hint!), hint!);
    }

    [Fact]
    public void The_Liquid_and_Razor_settings_hints_show_the_same_texts()
    {
        var liquidTexts = LiquidText().Matches(RepositoryRoot.Read(ViewPath("ChatWidgetSettingsHint", "liquid"))).Select(m => m.Groups[1].Value);
        var razorTexts = RazorText().Matches(RepositoryRoot.Read(ViewPath("ChatWidgetSettingsHint", "cshtml"))).Select(m => m.Groups[1].Value);

        Assert.NotEmpty(razorTexts);
        Assert.Equal(razorTexts.Order(StringComparer.Ordinal), liquidTexts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Managers_get_the_deployment_hint_from_the_Liquid_template_as_from_the_Razor_one()
    {
        var host = new ChatWidgetTestHost();
        host.GrantManageDeployment();
        host.UseSettings(ChatWidgetTestHost.Complete() with
        {
            Deployments =
            [
                new(new Core.Deployments.ChatResetDeployment { Name = "Sales" }, ChatWidgetTestHost.SiteOptions, VerifiedChat: false),
                new(new Core.Deployments.ChatResetDeployment { Name = "Support" }, ChatWidgetTestHost.SiteOptions, VerifiedChat: false),
            ],
        });
        var driver = host.CreateDriver();
        var hint = await host.DisplayDeploymentHintAsync(ChatWidgetTestHost.NewPart(), driver);
        var first = ChatWidgetTestHost.NewPart();
        first.DeploymentName = "Support";
        var second = ChatWidgetTestHost.NewPart();
        second.DeploymentName = "Sales";
        await host.DisplayAsync(first, driver);
        await host.DisplayAsync(second, driver);

        var liquid = ChatWidgetTestHost.Parse(await RenderAsync("ChatDeploymentChoiceHint", hint!));
        var razor = ChatWidgetTestHost.Parse(await RazorViews.RenderAsync("/Views/ChatDeploymentChoiceHint.cshtml", hint!));

        Assert.Contains("this page uses Sales,", liquid.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(razor.Body!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries), liquid.Body.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string ViewPath(string shape, string extension) => $"src/ChatReset.Module/Views/{shape}.{extension}";

    private static Task<string> RenderAsync(ChatWidgetPartViewModel model) => RenderAsync("ChatWidgetPart", model);

    private static async Task<string> RenderAsync<TModel>(string shape, TModel model)
    {
        var parser = new FluidParser();
        Assert.True(parser.TryParse(RepositoryRoot.Read(ViewPath(shape, "liquid")), out var template, out var error), error);

        var options = new TemplateOptions();
        options.MemberAccessStrategy.Register<TModel>();
        options.ValueConverters.Add(value => value is IHtmlContent html ? new StringValue(ChatWidgetTestHost.ToHtml(html), encode: false) : null);
        // Orchard's t filter formats its arguments into the text ({0}, …) and returns a string, encoded on output.
        options.Filters.AddFilter("t", (input, arguments, _) => ValueTask.FromResult<FluidValue>(new StringValue(string.Format(
            System.Globalization.CultureInfo.InvariantCulture, input.ToStringValue(), [.. Enumerable.Range(0, arguments.Count).Select(i => arguments.At(i).ToStringValue())]))));

        var context = new TemplateContext(options);
        context.SetValue("Model", model);
        return await template.RenderAsync(context, HtmlEncoder.Default);
    }

    [GeneratedRegex("\\{\\{\\s*\"([^\"]+)\"\\s*\\|\\s*t\\s*\\}\\}")]
    private static partial Regex LiquidText();

    [GeneratedRegex("@T\\[\"([^\"]+)\"\\]")]
    private static partial Regex RazorText();
}
