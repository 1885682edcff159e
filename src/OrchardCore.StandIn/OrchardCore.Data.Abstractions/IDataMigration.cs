using YesSql.Sql;

namespace OrchardCore.Data.Migration;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Data.Abstractions/IDataMigration.cs
public interface IDataMigration
{
    ISchemaBuilder SchemaBuilder { get; set; }
}
