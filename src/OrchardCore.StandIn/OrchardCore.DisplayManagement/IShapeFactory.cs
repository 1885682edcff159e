namespace OrchardCore.DisplayManagement;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/IShapeFactory.cs
#pragma warning disable CA1040 // The real interface has members; the stand-in declares only what ChatReset uses.
public interface IShapeFactory
{
}
#pragma warning restore CA1040
