using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OrchardCore.Data.Migration;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Data.YesSql.Abstractions/MigrationServiceCollectionExtensions.cs
public static class MigrationServiceCollectionExtensions
{
    public static IServiceCollection AddDataMigration<TDataMigration>(this IServiceCollection services)
        where TDataMigration : class, IDataMigration
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDataMigration, TDataMigration>());
        return services;
    }
}
