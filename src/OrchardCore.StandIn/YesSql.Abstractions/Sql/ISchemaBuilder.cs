namespace YesSql.Sql;

// sebastienros/yessql: src/YesSql.Abstractions/Sql/ISchemaBuilder.cs — the type of DataMigration.SchemaBuilder.
// YesSql is not on this machine's feed either; ChatReset's migrations alter content definitions only.
#pragma warning disable CA1040 // The real interface has members; the stand-in declares only what ChatReset uses.
public interface ISchemaBuilder
{
}
#pragma warning restore CA1040
