using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatReset.Core;
using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Moq;
using OrchardCore.DisplayManagement;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.DisplayManagement.ModelBinding;
using OrchardCore.DisplayManagement.Views;
using OrchardCore.Localization;
using OrchardCore.Security;
using OrchardCore.Security.Permissions;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests;

/// <summary>Valid values, accepted by ChatReset.Core's validator.</summary>
internal static class Valid
{
    public const string OrgId = "00D5g000004XyZa";
    public const string DeploymentApiName = "ESA_Web_Deployment";
    public const string SiteUrl = "https://acme.my.site.com/ESWWeb1700000000000";
    public const string Scrt2Url = "https://acme.my.salesforce-scrt.com";

    public static ChatDeploymentSettings Deployment() => new()
    {
        OrgId = OrgId,
        DeploymentApiName = DeploymentApiName,
        SiteUrl = SiteUrl,
        Scrt2Url = Scrt2Url,
        Language = "en_US",
        ProductionMode = true,
    };
}

/// <summary>Builds what Orchard's settings controller hands a site display driver, the way Orchard's own tests do.</summary>
internal static class Orchard
{
    public static ISite Site(Action<JsonObject>? fill = null)
    {
        var properties = new JsonObject();
        fill?.Invoke(properties);
        var site = new Mock<ISite>();
        site.SetupGet(s => s.Properties).Returns(properties);
#if !ORCHARDCORE_2
        // Orchard Core 3.0 reads a section through the site itself: the stored JSON, or a new section.
        site.Setup(s => s.GetOrCreate<AnySettings>()).Returns(new InvocationFunc(invocation =>
        {
            var type = invocation.Method.GetGenericArguments()[0];
            return properties[type.Name] is { } stored ? stored.Deserialize(type)! : Activator.CreateInstance(type)!;
        }));
#endif
        return site.Object;
    }

    /// <summary>Any settings type, for the generic <c>ISite.GetOrCreate&lt;T&gt;()</c> of Orchard Core 3.0.</summary>
    [TypeMatcher]
    private sealed class AnySettings : ITypeMatcher
    {
        public bool Matches(Type typeArgument) => true;
    }

    public static IHttpContextAccessor SignedInUser()
        => new HttpContextAccessor
        {
            HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "editor")], "Test")) },
        };

    /// <summary>Grants exactly <paramref name="granted"/>, as Orchard's permission handler would.</summary>
    public static IAuthorizationService Authorize(params Permission[] granted)
    {
        var authorization = new Mock<IAuthorizationService>();
        authorization
            .Setup(s => s.AuthorizeAsync(It.IsAny<ClaimsPrincipal>(), It.IsAny<object>(), It.IsAny<IEnumerable<IAuthorizationRequirement>>()))
            .ReturnsAsync((ClaimsPrincipal _, object _, IEnumerable<IAuthorizationRequirement> requirements) =>
                requirements.OfType<PermissionRequirement>().All(r => granted.Any(p => p.Name == r.Permission.Name))
                    ? AuthorizationResult.Success()
                    : AuthorizationResult.Failed());
        return authorization.Object;
    }

    /// <summary>An updater that binds <paramref name="post"/> into the view model, with a real ModelState.</summary>
    public static Mock<IUpdateModel> Post<TModel>(Action<TModel> post) where TModel : class
    {
        var updater = new Mock<IUpdateModel>();
        updater.SetupGet(u => u.ModelState).Returns(new ModelStateDictionary());
        updater.Setup(u => u.TryUpdateModelAsync(It.IsAny<TModel>(), It.IsAny<string>()))
            .Callback((TModel model, string _) => post(model))
            .ReturnsAsync(true);
        return updater;
    }

    public static BuildEditorContext Edit(string groupId)
        => new(Mock.Of<IShape>(), groupId, false, "", Mock.Of<IShapeFactory>(), null!, Mock.Of<IUpdateModel>());

    public static UpdateEditorContext Update(string groupId, IUpdateModel updater)
        => new(Mock.Of<IShape>(), groupId, false, "", Mock.Of<IShapeFactory>(), null!, updater);

    /// <summary>
    /// The view model an editor result gives its view. Orchard makes the shape a proxy of the view model; the
    /// stand-in carries it in a <see cref="ShapeViewModel{T}"/>.
    /// </summary>
    public static async Task<TModel> EditorModelAsync<TModel>(IDisplayResult? result, BuildEditorContext context) where TModel : class
    {
        var shapeResult = Assert.IsType<ShapeResult>(result);
        await shapeResult.ApplyAsync(context);
        return shapeResult.Shape switch
        {
            TModel model => model,
            ShapeViewModel<TModel> wrapper => wrapper.Value,
            _ => throw new Xunit.Sdk.XunitException($"The editor shape carries no {typeof(TModel).Name}."),
        };
    }

    public static SiteCultures Cultures(string defaultCulture, params string[] supported)
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetDefaultCultureAsync()).ReturnsAsync(defaultCulture);
        localization.Setup(l => l.GetSupportedCulturesAsync()).ReturnsAsync([defaultCulture, .. supported]);
        return new SiteCultures([localization.Object]);
    }

    public static IOptions<ChatResetShellOptions> Shell(bool forceProductionMode = false, string? allowedLocalBootstrapPath = null)
        => Options.Create(new ChatResetShellOptions { ForceProductionMode = forceProductionMode, AllowedLocalBootstrapPath = allowedLocalBootstrapPath });

    /// <summary>The site options service over <paramref name="site"/>, as Orchard's cached site settings serve it.</summary>
    public static ChatResetSiteOptions SiteOptions(
        ISite site,
        string defaultCulture = "en-US",
        bool forceProductionMode = false,
        string? allowedLocalBootstrapPath = null,
        ChatResetSiteOptionsCache? cache = null)
    {
        var siteService = new Mock<ISiteService>();
        siteService.Setup(s => s.GetSiteSettingsAsync()).ReturnsAsync(site);
        return new ChatResetSiteOptions(
            siteService.Object, Cultures(defaultCulture, "fr", "de"), Shell(forceProductionMode, allowedLocalBootstrapPath), cache ?? new ChatResetSiteOptionsCache());
    }
}

/// <summary>Returns every text as given, so tests read the English captions.</summary>
internal sealed class PassThroughLocalizer<T> : IStringLocalizer<T>
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
