using System.Globalization;
using System.Reflection;
using ChatReset.Core.AspNetCore;
using ChatReset.Module.Drivers;
using ChatReset.Module.PageContext;
using ChatReset.Module.Recipes;
using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using ChatReset.Module.Widgets;
using ChatReset.Module.Widgets.Drivers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;
using Moq;
using OrchardCore.Data.Migration;
using OrchardCore.Deployment;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.Entities;
using OrchardCore.Environment.Shell.Configuration;
using OrchardCore.Modules;
using OrchardCore.Navigation;
using OrchardCore.Recipes.Services;
using OrchardCore.Security.Permissions;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests;

/// <summary>The module's manifest and what each of its startups gives a tenant that enables the feature.</summary>
public sealed class ManifestAndStartupTests
{
    [Fact]
    public void Enabling_the_widgets_enables_the_chat_settings_and_Orchard_widgets()
    {
        var features = ModuleManifest.ModuleFeatures();

        Assert.Empty(features[ChatResetConstants.Features.ChatReset].Dependencies);
        Assert.Equal([ChatResetConstants.Features.ChatReset, "OrchardCore.Widgets"], features[ChatResetConstants.Features.Widgets].Dependencies);
    }

    [Fact]
    public void Every_startup_names_a_feature_the_manifest_declares()
    {
        // Orchard runs a startup only for an enabled feature; one without [Feature] would belong to a feature named
        // ChatReset.Module, which does not exist, and silently never run.
        var startups = ModuleManifest.ModuleAssembly.GetTypes().Where(t => typeof(StartupBase).IsAssignableFrom(t) && !t.IsAbstract);

        Assert.All(startups, startup => Assert.Contains(startup.GetCustomAttribute<FeatureAttribute>()?.FeatureName, ModuleManifest.ModuleFeatures().Keys));
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("true", null, true)]
    [InlineData(null, "true", true)]
    [InlineData("false", "true", false)]
    [InlineData("true", "false", true)]
    public async Task The_host_configuration_can_force_production_mode_whatever_the_site_says(string? current, string? legacy, bool expected)
    {
        // IShellConfiguration is the tenant's view of the "OrchardCore" section: OrchardCore:OrchardCore_ChatReset:...
        // in appsettings; the first release read OrchardCore:ChatReset, and the current key wins where both are set.
        var deployment = Valid.Deployment();
        deployment.ProductionMode = false;
        var site = Orchard.Site();
        site.Put(deployment);
        var configuration = new Dictionary<string, string?>();
        if (current is not null)
        {
            configuration[$"{ChatResetShellOptions.SectionName}:ForceProductionMode"] = current;
        }

        if (legacy is not null)
        {
            configuration["ChatReset:ForceProductionMode"] = legacy;
        }

        using var provider = Build(configuration, site);
        using var scope = provider.CreateScope();

        var result = await scope.ServiceProvider.GetRequiredService<IChatResetSiteOptions>().GetAsync(CultureInfo.GetCultureInfo("en-US"));

        Assert.Equal(expected, result.Options!.ProductionMode);
    }

    [Fact]
    public void The_chat_feature_registers_the_settings_pages_menu_permissions_recipe_step_and_Cores_renderer()
    {
        using var provider = Build(new Dictionary<string, string?>(), Orchard.Site());
        using var scope = provider.CreateScope();
        var services = scope.ServiceProvider;

        Assert.Equal(
            [typeof(ChatDeploymentSettingsDisplayDriver), typeof(ChatPageContextSettingsDisplayDriver), typeof(ChatWordingSettingsDisplayDriver)],
            services.GetServices<IDisplayDriver<ISite>>().Select(d => d.GetType()).OrderBy(t => t.Name));
        Assert.IsType<AdminMenu>(Assert.Single(services.GetServices<INavigationProvider>()));
        Assert.IsType<PermissionProvider>(Assert.Single(services.GetServices<IPermissionProvider>()));
        Assert.NotNull(services.GetService<ChatResetPageRenderer>());
        Assert.IsType<ChatResetSiteOptions>(services.GetRequiredService<IChatResetSiteOptions>());
        Assert.IsType<ChatResetSettingsStep>(Assert.Single(services.GetServices<IRecipeStepHandler>()));
    }

    [Fact]
    public void With_deployment_enabled_plans_offer_a_step_for_each_settings_page()
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
    public async Task The_widget_feature_creates_the_widget_type_and_renders_from_the_chat_features_options()
    {
        var site = Orchard.Site();
        site.Put(Valid.Deployment());
        using var provider = Build(new Dictionary<string, string?>(), site, withWidgets: true);
        using var scope = provider.CreateScope();
        var httpContext = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext!;
        httpContext.RequestServices = scope.ServiceProvider;

        var driver = scope.ServiceProvider.GetRequiredService<ChatWidgetPartDisplayDriver>();
        var display = await new ChatWidgetTestHost().DisplayAsync(ChatWidgetTestHost.NewPart(), driver);

        Assert.Contains("data-chat-reset-notice", ChatWidgetTestHost.ToHtml(display!.Host), StringComparison.Ordinal);
        Assert.Contains(Valid.OrgId, scope.ServiceProvider.GetRequiredService<FootScriptResourceManager>().RenderFootScripts(), StringComparison.Ordinal);

        var widgetServices = new ServiceCollection();
        new StartupWidgets().ConfigureServices(widgetServices);
        Assert.Contains(widgetServices, d => d.ServiceType == typeof(IDataMigration) && d.ImplementationType == typeof(ChatWidgetMigrations));
    }

    private static ServiceProvider Build(IDictionary<string, string?> configuration, ISite site, bool withWidgets = false)
    {
        var shell = new ShellConfiguration(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        var services = new ServiceCollection();
        var siteService = new Mock<ISiteService>();
        siteService.Setup(s => s.GetSiteSettingsAsync()).ReturnsAsync(site);
        services.AddSingleton(siteService.Object);
        services.AddSingleton<IHttpContextAccessor>(Orchard.SignedInUser());
        services.AddSingleton(Orchard.Authorize());
        services.AddSingleton(typeof(IStringLocalizer<>), typeof(PassThroughLocalizer<>));
        services.Configure<OrchardCore.Admin.AdminOptions>(_ => { });
        new Startup(shell).ConfigureServices(services);
        new PageContextStartup().ConfigureServices(services);
        services.AddSingleton(Mock.Of<OrchardCore.ContentManagement.IContentManager>());
        if (withWidgets)
        {
            // Orchard Core registers its resource manager per request (OrchardCore.ResourceManagement).
            services.AddScoped<FootScriptResourceManager>();
            services.AddScoped(provider => provider.GetRequiredService<FootScriptResourceManager>().Object);
            new StartupWidgets().ConfigureServices(services);
        }

        return services.BuildServiceProvider();
    }

    private sealed class ShellConfiguration(IConfiguration inner) : IShellConfiguration
    {
        public string? this[string key] { get => inner[key]; set => inner[key] = value; }

        public IEnumerable<IConfigurationSection> GetChildren() => inner.GetChildren();

        public IChangeToken GetReloadToken() => inner.GetReloadToken();

        public IConfigurationSection GetSection(string key) => inner.GetSection(key);
    }
}
