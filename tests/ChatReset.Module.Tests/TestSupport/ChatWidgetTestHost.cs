using System.Linq.Expressions;
using System.Security.Claims;
using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ChatReset.Core;
using ChatReset.Core.AspNetCore;
using ChatReset.Module.PageContext;
using ChatReset.Module.Services;
using ChatReset.Module.Widgets.Drivers;
using ChatReset.Module.Widgets.Models;
using ChatReset.Module.Widgets.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using OrchardCore.Admin;
using OrchardCore.ContentManagement;
using OrchardCore.ContentManagement.Display.ContentDisplay;
using OrchardCore.ContentManagement.Display.Models;
using OrchardCore.ContentManagement.Metadata.Models;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.DisplayManagement.ModelBinding;
using OrchardCore.DisplayManagement.Views;
using OrchardCore.Security;

namespace ChatReset.Module.Tests;

/// <summary>
/// One request of a site with the Chat widget: real ChatReset.Core services, the widget's driver, and the parts of
/// Orchard Core a driver sees (HTTP context, authorization, model updater) set up the way Orchard's own driver tests do.
/// </summary>
internal sealed class ChatWidgetTestHost
{
    public static readonly ChatResetOptions SiteOptions = new()
    {
        OrgId = "00D5g000004ABCD",
        DeploymentApiName = "ESA_Web_Deployment",
        SiteUrl = "https://acme.my.site.com/ESWWeb1700000000000",
        Scrt2Url = "https://acme.my.salesforce-scrt.com",
        EndOfChatMessage = "The site's own end-of-chat message.",
    };

    private readonly ServiceProvider _services;
    private readonly Mock<IChatResetSiteOptions> _siteOptions = new();
    private readonly AdminOptions _adminOptions = new();
    private bool _canManageDeployment;
    private bool _canEditWording = true;
    private readonly Mock<IContentManager> _contentManager = new();

    public ChatWidgetTestHost(Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        services.AddChatResetServices();
        configureServices?.Invoke(services);
        _services = services.BuildServiceProvider();

        HttpContext = new DefaultHttpContext
        {
            RequestServices = _services.CreateScope().ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone")], "test")),
        };
        UseSettings(Complete());
    }

    public DefaultHttpContext HttpContext { get; }

    /// <summary>The request's resource manager, shared by every driver this host creates.</summary>
    public FootScriptResourceManager Resources { get; } = new();

    public static ContentTypePartDefinition TypePartDefinition { get; } =
        new(nameof(ChatWidgetPart), new ContentPartDefinition(nameof(ChatWidgetPart)), []);

    /// <summary>The site options service finds <paramref name="settings"/>, with the site's <see cref="PageContext"/> mapping.</summary>
    public void UseSettings(ChatResetSiteOptionsResult settings) =>
        _siteOptions.Setup(s => s.GetAsync()).ReturnsAsync(() => settings with { HiddenPrechatFields = PageContext.HiddenPrechatFields });

    /// <summary>The site's settings are complete: <see cref="SiteOptions"/>.</summary>
    public static ChatResetSiteOptionsResult Complete() => new(SiteOptions, []);

    /// <summary>The site's options with these changes, judged by Core's rules as the site options service does.</summary>
    public static ChatResetSiteOptionsResult Stored(Action<ChatResetOptions> change)
    {
        var options = SiteOptions with { };
        change(options);
        var errors = ChatResetOptionsValidator.Validate(options);
        return new(errors.Count == 0 ? options : null, errors);
    }

    /// <summary>A stored value fails Core's validation with this message.</summary>
    public static ChatResetSiteOptionsResult Invalid(string field, string message) => new(null, [new ChatResetValidationError(field, message)]);

    /// <summary>The site's hidden pre-chat field mapping (none by default).</summary>
    public ChatPageContextSettings PageContext { get; } = new();

    /// <summary>The request displays <paramref name="item"/> as Orchard routes a content item page.</summary>
    public void Display(ContentItem item)
    {
        HttpContext.Request.RouteValues = new()
        {
            ["area"] = "OrchardCore.Contents",
            ["controller"] = "Item",
            ["action"] = "Display",
            ["contentItemId"] = item.ContentItemId,
        };
        _contentManager.Setup(m => m.GetAsync(item.ContentItemId, null)).ReturnsAsync(item);
    }

    public void UseAdminUrlPrefix(string prefix) => _adminOptions.AdminUrlPrefix = prefix;

    public void GrantManageDeployment() => _canManageDeployment = true;

    /// <summary>The user may edit the widget but not the chat wording (EditChatWording), e.g. a Contributor.</summary>
    public void DenyEditWording() => _canEditWording = false;

    public void MarkAsAdminPage() => AdminAttribute.Apply(HttpContext);

    public void SetTrackingConsent(bool canTrack)
    {
        var consent = new Mock<ITrackingConsentFeature>();
        consent.SetupGet(c => c.CanTrack).Returns(canTrack);
        HttpContext.Features.Set(consent.Object);
    }

    public ChatWidgetPartDisplayDriver CreateDriver()
    {
        var authorization = new Mock<IAuthorizationService>();
        authorization
            .Setup(a => a.AuthorizeAsync(It.IsAny<ClaimsPrincipal>(), It.IsAny<object>(), It.IsAny<IEnumerable<IAuthorizationRequirement>>()))
            .ReturnsAsync((ClaimsPrincipal _, object _, IEnumerable<IAuthorizationRequirement> requirements) =>
                requirements.OfType<PermissionRequirement>().All(r =>
                    (_canManageDeployment && r.Permission.Name == ChatResetPermissions.ManageChatDeployment.Name)
                    || (_canEditWording && r.Permission.Name == ChatResetPermissions.EditChatWording.Name))
                    ? AuthorizationResult.Success()
                    : AuthorizationResult.Failed());

        return new ChatWidgetPartDisplayDriver(
            _siteOptions.Object,
            _services.GetRequiredService<ChatResetPageRenderer>(),
            Resources.Object,
            new HttpContextAccessor { HttpContext = HttpContext },
            authorization.Object,
            Options.Create(_adminOptions),
            new OrchardPageContext(_contentManager.Object));
    }

    public static ChatWidgetPart NewPart(string? endOfChatMessage = null) => new()
    {
        EndOfChatMessage = endOfChatMessage,
        ContentItem = new ContentItem { ContentType = "ChatWidget", ContentItemId = "chat1" },
    };

    /// <summary>Displays the part as a widget does: the chat's shape, or null when the driver displays nothing.</summary>
    public Task<ChatWidgetPartViewModel?> DisplayAsync(ChatWidgetPart part, ChatWidgetPartDisplayDriver? driver = null)
        => DisplayAsync<ChatWidgetPartViewModel>(part, driver);

    /// <summary>Displays the part as a widget does: the settings hint's shape, or null when the driver displays nothing.</summary>
    public Task<ChatWidgetSettingsHintViewModel?> DisplaySettingsHintAsync(ChatWidgetPart part, ChatWidgetPartDisplayDriver? driver = null)
        => DisplayAsync<ChatWidgetSettingsHintViewModel>(part, driver);

    private async Task<TModel?> DisplayAsync<TModel>(ChatWidgetPart part, ChatWidgetPartDisplayDriver? driver) where TModel : class
    {
        var context = new BuildDisplayContext(null, "Detail", "", null, null, null);
        var result = await ((IContentPartDisplayDriver)(driver ?? CreateDriver())).BuildDisplayAsync(part, TypePartDefinition, context);
        if (result is null)
        {
            return null;
        }

        await result.ApplyAsync(context);
        var shapes = result is CombinedResult combined ? combined.GetResults().Cast<ShapeResult>().ToList() : [(ShapeResult)result];
        return shapes.Select(shape => shape.Shape).OfType<ShapeViewModel<TModel>>().SingleOrDefault()?.Value;
    }

    /// <summary>Displays the part as a widget does: the deployment choice hint's shape, or null when the driver adds none.</summary>
    public Task<ChatDeploymentChoiceHintViewModel?> DisplayDeploymentHintAsync(ChatWidgetPart part, ChatWidgetPartDisplayDriver? driver = null)
        => DisplayAsync<ChatDeploymentChoiceHintViewModel>(part, driver);

    public static async Task<ChatWidgetPartEditViewModel> EditAsync(ChatWidgetPartDisplayDriver driver, ChatWidgetPart part)
    {
        var context = new BuildEditorContext(null, "", false, "", null, null, Mock.Of<IUpdateModel>());
        var result = await ((IContentPartDisplayDriver)driver).BuildEditorAsync(part, TypePartDefinition, context);
        await result.ApplyAsync(context);
        return ((ShapeViewModel<ChatWidgetPartEditViewModel>)((ShapeResult)result).Shape).Value;
    }

    /// <summary>Posts the editor with the given message; returns the redisplayed editor and the model state.</summary>
    public static Task<(ChatWidgetPartEditViewModel Editor, ModelStateDictionary ModelState)> UpdateAsync(
        ChatWidgetPartDisplayDriver driver, ChatWidgetPart part, string? postedMessage)
        => UpdateAsync(driver, part, model => model.EndOfChatMessage = postedMessage);

    /// <summary>Posts the editor as <paramref name="post"/> fills it in; returns the redisplayed editor and the model state.</summary>
    public static async Task<(ChatWidgetPartEditViewModel Editor, ModelStateDictionary ModelState)> UpdateAsync(
        ChatWidgetPartDisplayDriver driver, ChatWidgetPart part, Action<ChatWidgetPartEditViewModel> post)
    {
        var modelState = new ModelStateDictionary();
        var updater = new Mock<IUpdateModel>();
        updater.SetupGet(u => u.ModelState).Returns(modelState);
        updater
            .Setup(u => u.TryUpdateModelAsync(
                It.IsAny<ChatWidgetPartEditViewModel>(), It.IsAny<string>(), It.IsAny<Expression<Func<ChatWidgetPartEditViewModel, object>>[]>()))
            .Callback((ChatWidgetPartEditViewModel model, string prefix, Expression<Func<ChatWidgetPartEditViewModel, object>>[] _) =>
            {
                Assert.Equal(nameof(ChatWidgetPart), prefix);
                post(model);
            })
            .ReturnsAsync(true);

        var context = new UpdateEditorContext(null, "", false, "", null, null, updater.Object);
        var result = await ((IContentPartDisplayDriver)driver).UpdateEditorAsync(part, TypePartDefinition, context);
        await result.ApplyAsync(context);
        return (((ShapeViewModel<ChatWidgetPartEditViewModel>)((ShapeResult)result).Shape).Value, modelState);
    }

    public static string ToHtml(IHtmlContent? content)
    {
        if (content is null)
        {
            return string.Empty;
        }

        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    /// <summary>What ChatReset.Core itself renders for these options on a page without a path base, in two parts.</summary>
    public static (string Host, string Assets) CoreParts(ChatResetOptions options, string? nonce = null)
    {
        var parts = new Core.Rendering.ChatResetRenderer().RenderParts(options, nonce: nonce);
        return (ToHtml(parts.Host), ToHtml(parts.Assets));
    }

    /// <summary>
    /// The page a visitor gets from these widget displays, in the theme layout's order: each widget's output where it
    /// sits (by the given template), then the layout's foot scripts.
    /// </summary>
    public async Task<string> PageAsync(Func<ChatWidgetPartViewModel, Task<string>> template, params ChatWidgetPartViewModel?[] displays)
    {
        var body = new System.Text.StringBuilder();
        foreach (var display in displays)
        {
            body.Append(display is null ? string.Empty : await template(display));
        }

        return $"<main>{body}</main><footer data-foot-scripts>{Resources.RenderFootScripts()}</footer>";
    }

    /// <summary>Writes the widget's host as the display templates do (the view's own markup aside).</summary>
    public static Task<string> HostOnly(ChatWidgetPartViewModel display) => Task.FromResult(ToHtml(display.Host));

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Missing settings that would run as markup if a template wrote them unencoded.</summary>
    public static readonly ChatResetSiteOptionsResult InvalidWithMarkup = Invalid("OrgId", "<img src=x onerror=alert(1)><script>alert(2)</script>");

    /// <summary>
    /// Checks a rendered settings hint: each missing setting shown as text (never as markup), a link to the settings
    /// page, and no chat markup.
    /// </summary>
    public static void AssertSettingsHint(string html, ChatWidgetSettingsHintViewModel hint)
    {
        var page = Parse(html);
        Assert.Equal(hint.Problems, page.QuerySelectorAll(".chat-reset-settings-hint li").Select(li => li.TextContent));
        Assert.Empty(page.QuerySelectorAll("img, script"));
        Assert.Equal(hint.SettingsUrl, page.QuerySelector(".chat-reset-settings-hint a")!.GetAttribute("href"));
    }

    /// <summary>The end-of-chat text in the page's ChatReset host (the notice's template).</summary>
    public static string ConfiguredEndOfChatText(string html)
    {
        var template = Parse(html).QuerySelector("[data-chat-reset] > template") as AngleSharp.Html.Dom.IHtmlTemplateElement
            ?? throw new InvalidOperationException("The page has no ChatReset host.");
        return template.Content.QuerySelector(".chat-reset__message")!.TextContent;
    }
}
