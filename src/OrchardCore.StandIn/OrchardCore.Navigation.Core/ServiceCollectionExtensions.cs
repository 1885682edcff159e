using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OrchardCore.Navigation;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Navigation.Core/ServiceCollectionExtensions.cs
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddNavigationProvider<TProvider>(this IServiceCollection services)
        where TProvider : class, INavigationProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<INavigationProvider, TProvider>());
        return services;
    }
}
