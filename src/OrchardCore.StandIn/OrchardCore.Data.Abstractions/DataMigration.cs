namespace OrchardCore.Data.Migration;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Data.Abstractions/DataMigration.cs
// Convention methods (CreateAsync, UpdateFromNAsync, UninstallAsync) are found by reflection upstream.
public abstract class DataMigration : IDataMigration
{
}
