using System.Globalization;
using ChatReset.Core.AspNetCore;
using ChatReset.Module.Drivers;
using ChatReset.Module.Recipes;
using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;
using Moq;
using OrchardCore.Deployment;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.Environment.Shell.Configuration;
using OrchardCore.Navigation;
using OrchardCore.Recipes.Services;
using OrchardCore.Security.Permissions;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests;

public sealed class StartupTests
{
    private sealed class TestShellConfiguration(IConfiguration inner) : IShellConfiguration
    {
        public string? this[string key] { get => inner[key]; set => inner[key] = value; }

        public IEnumerable<IConfigurationSection> GetChildren() => inner.GetChildren();

        public IChangeToken GetReloadToken() => inner.GetReloadToken();

        public IConfigurationSection GetSection(string key) => inner.GetSection(key);
    }

    private static ServiceProvider Build(IDictionary<string, string?> configuration, ISite site, bool withWidgets = false)
    {
        var shell = new TestShellConfiguration(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        var services = new ServiceCollection();
        var siteService = new Mock<ISiteService>();
        siteService.Setup(s => s.GetSiteSettingsAsync()).ReturnsAsync(site);
        services.AddSingleton(siteService.Object);
        services.AddSingleton<IHttpContextAccessor>(Orchard.SignedInUser());
        services.AddSingleton(Orchard.Authorize());
        services.AddSingleton(typeof(IStringLocalizer<>), typeof(PassThroughLocalizer<>));
        services.Configure<OrchardCore.Admin.AdminOptions>(_ => { });
        new Startup(shell).ConfigureServices(services);
        new ChatReset.Module.PageContext.PageContextStartup().ConfigureServices(services);
        services.AddSingleton(Mock.Of<OrchardCore.ContentManagement.IContentManager>());
        if (withWidgets)
        {
            // Orchard Core registers its resource manager per request (OrchardCore.ResourceManagement).
            services.AddScoped<ChatReset.Module.Tests.Widgets.FootScriptResourceManager>();
            services.AddScoped(provider => provider.GetRequiredService<ChatReset.Module.Tests.Widgets.FootScriptResourceManager>().Object);
            new StartupWidgets().ConfigureServices(services);
        }

        return services.BuildServiceProvider();
    }

    private static ISite SiteWithProductionModeOff()
    {
        var deployment = Valid.Deployment();
        deployment.ProductionMode = false;
        var site = Orchard.Site();
        OrchardCore.Entities.EntityExtensions.Put(site, deployment);
        return site;
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData(null, false)]
    public async Task OrchardCoreChatResetForceProductionModeFromConfigurationOverridesTheSite(string? configured, bool expected)
    {
        // IShellConfiguration is the tenant's view of the "OrchardCore" section: OrchardCore:ChatReset:... in appsettings.
        using var provider = Build(new Dictionary<string, string?> { ["ChatReset:ForceProductionMode"] = configured }, SiteWithProductionModeOff());
        using var scope = provider.CreateScope();

        var result = await scope.ServiceProvider.GetRequiredService<IChatResetSiteOptions>().GetAsync(CultureInfo.GetCultureInfo("en-US"));

        Assert.Equal(expected, result.Options!.ProductionMode);
    }

    [Fact]
    public async Task RegistersTheSettingsPagesMenuPermissionsAndCoreRenderer()
    {
        using var provider = Build(new Dictionary<string, string?>(), Orchard.Site());
        using var scope = provider.CreateScope();
        var services = scope.ServiceProvider;

        Assert.Equal(
            [typeof(ChatDeploymentSettingsDisplayDriver), typeof(ChatReset.Module.PageContext.ChatPageContextSettingsDisplayDriver), typeof(ChatWordingSettingsDisplayDriver)],
            services.GetServices<IDisplayDriver<ISite>>().Select(d => d.GetType()).OrderBy(t => t.Name));
        Assert.IsType<AdminMenu>(Assert.Single(services.GetServices<INavigationProvider>()));
        var permissions = await Assert.Single(services.GetServices<IPermissionProvider>()).GetPermissionsAsync();
        Assert.Equal(2, permissions.Count());
        Assert.NotNull(services.GetService<ChatResetPageRenderer>());
        Assert.IsType<ChatResetSiteOptions>(services.GetRequiredService<IChatResetSiteOptions>());
        Assert.IsType<ChatResetSettingsStep>(Assert.Single(services.GetServices<IRecipeStepHandler>()));
    }

    [Fact]
    public void WithDeploymentEnabledPlansOfferAStepForEachSettingsPage()
    {
        var services = new ServiceCollection();

        new DeploymentStartup().ConfigureServices(services);

        using var provider = services.BuildServiceProvider();
        var factories = provider.GetServices<IDeploymentStepFactory>().ToList();
        Assert.Equal(
            [$"{nameof(ChatDeploymentSettings)}_SiteSettingsPropertyDeploymentStep", $"{nameof(ChatWordingSettings)}_SiteSettingsPropertyDeploymentStep"],
            factories.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.All(factories, factory => Assert.Equal(factory.Name, factory.Create().Name));
    }

    [Fact]
    public void StartupBelongsToTheChatResetFeature()
    {
        var feature = (OrchardCore.Modules.FeatureAttribute)Attribute.GetCustomAttribute(typeof(Startup), typeof(OrchardCore.Modules.FeatureAttribute))!;
        Assert.Equal("ChatReset", feature.FeatureName);

        var deployment = (OrchardCore.Modules.RequireFeaturesAttribute)Attribute.GetCustomAttribute(typeof(DeploymentStartup), typeof(OrchardCore.Modules.RequireFeaturesAttribute))!;
        Assert.Equal(["OrchardCore.Deployment"], deployment.RequiredFeatureNames);
    }

    [Fact]
    public async Task TheWidgetFeatureRendersFromTheSettingsFeaturesOptions()
    {
        // ChatReset.Widgets depends on ChatReset: with both features' services, the widget driver resolves and
        // displays the chat configured on the settings pages.
        var site = Orchard.Site();
        OrchardCore.Entities.EntityExtensions.Put(site, Valid.Deployment());
        using var provider = Build(new Dictionary<string, string?>(), site, withWidgets: true);
        using var scope = provider.CreateScope();
        var httpContext = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext!;
        httpContext.RequestServices = scope.ServiceProvider;

        var driver = scope.ServiceProvider.GetRequiredService<ChatReset.Module.Widgets.Drivers.ChatWidgetPartDisplayDriver>();
        var display = await new ChatReset.Module.Tests.Widgets.ChatWidgetTestHost().DisplayAsync(ChatReset.Module.Tests.Widgets.ChatWidgetTestHost.NewPart(), driver);

        Assert.NotNull(display);
        Assert.Contains("data-chat-reset-notice", ChatReset.Module.Tests.Widgets.ChatWidgetTestHost.ToHtml(display.Host), StringComparison.Ordinal);
        var resources = scope.ServiceProvider.GetRequiredService<ChatReset.Module.Tests.Widgets.FootScriptResourceManager>();
        Assert.Contains(Valid.OrgId, resources.RenderFootScripts(), StringComparison.Ordinal);
    }
}
