using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OrchardCore.Data.Migration;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Data.Abstractions/Migration/MigrationServiceCollectionExtensions.cs (2.x)
public static class MigrationServiceCollectionExtensions
{
    public static IServiceCollection AddDataMigration<TDataMigration>(this IServiceCollection services)
        where TDataMigration : class, IDataMigration
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDataMigration, TDataMigration>());
        return services;
    }
}
