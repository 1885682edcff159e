using ChatReset.Module.Widgets;
using ChatReset.Module.Widgets.Drivers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrchardCore.Data.Migration;
using OrchardCore.Modules;

namespace ChatReset.Module.Tests.Widgets;

public sealed class StartupWidgetsTests
{
    [Fact]
    public void The_widget_feature_registers_its_driver_and_migration_and_no_page_filter()
    {
        var services = new ServiceCollection();

        new StartupWidgets().ConfigureServices(services);

        Assert.Contains(services, d => d.ServiceType == typeof(ChatWidgetPartDisplayDriver));
        Assert.Contains(services, d => d.ServiceType == typeof(IDataMigration) && d.ImplementationType == typeof(ChatWidgetMigrations));

        // The script reaches the page as a foot script; a filter marking full pages is not needed (see the driver).
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IConfigureOptions<MvcOptions>));
    }

    [Fact]
    public void The_startup_belongs_to_the_widgets_feature_declared_in_the_manifest()
    {
        var feature = Assert.Single(typeof(StartupWidgets).GetCustomAttributes(typeof(FeatureAttribute), false).Cast<FeatureAttribute>());

        Assert.Equal(ChatResetConstants.Features.Widgets, feature.FeatureName);
        Assert.Contains(ModuleManifest.FeatureIds(), id => id == feature.FeatureName);
    }
}
