namespace OrchardCore.Data.Migration;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Data.Abstractions/IDataMigration.cs
#pragma warning disable CA1040 // The real interface has members; the stand-in declares only what ChatReset uses.
public interface IDataMigration
{
}
#pragma warning restore CA1040
