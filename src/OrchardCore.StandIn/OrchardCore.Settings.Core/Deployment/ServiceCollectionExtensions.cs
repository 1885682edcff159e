using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OrchardCore.Deployment;

namespace OrchardCore.Settings.Deployment;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Settings.Core/Deployment/ServiceCollectionExtensions.cs
// Upstream also registers the deployment source that exports site.Properties[typeof(TModel).Name] as a "settings"
// recipe step and the step's editor driver (titled by the two localizer functions). The stand-in registers only
// the factory, which is what makes a deployment plan offer the step.
public static class ServiceCollectionExtensions
{
    public static void AddSiteSettingsPropertyDeploymentStep<TModel, TLocalizer>(this IServiceCollection services, Func<IStringLocalizer, LocalizedString> title, Func<IStringLocalizer, string> description)
        where TModel : class, new()
        where TLocalizer : class
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(description);

        services.AddSingleton<IDeploymentStepFactory>(new SiteSettingsPropertyDeploymentStepFactory<TModel>());
    }
}
