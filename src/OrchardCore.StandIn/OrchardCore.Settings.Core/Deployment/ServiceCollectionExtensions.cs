using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace OrchardCore.Settings.Deployment;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Settings.Core/Deployment/ServiceCollectionExtensions.cs
// Upstream registers a deployment source, step driver and factory that export site.Properties[typeof(TModel).Name]
// as a "settings" recipe step. The stand-in has no deployment plans; it records which settings were registered.
public static class ServiceCollectionExtensions
{
    public static void AddSiteSettingsPropertyDeploymentStep<TModel, TLocalizer>(this IServiceCollection services, Func<IStringLocalizer, LocalizedString> title, Func<IStringLocalizer, string> description)
        where TModel : class, new()
        where TLocalizer : class
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(description);

        services.AddSingleton(new StandInSiteSettingsDeploymentStep(typeof(TModel)));
    }
}

// Stand-in only: the record of a registered site-settings deployment step.
internal sealed record StandInSiteSettingsDeploymentStep(Type SettingsType);
