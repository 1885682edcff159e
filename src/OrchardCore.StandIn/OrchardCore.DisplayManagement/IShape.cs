namespace OrchardCore.DisplayManagement;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/IShape.cs
// Declared without members: ChatReset never reads or builds shapes by hand (drivers return ShapeResults).
#pragma warning disable CA1040 // The real interface has members; the stand-in declares only what ChatReset uses.
public interface IShape
{
}
#pragma warning restore CA1040
