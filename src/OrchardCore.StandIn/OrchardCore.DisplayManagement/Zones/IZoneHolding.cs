namespace OrchardCore.DisplayManagement.Zones;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Zones/IZoneHolding.cs
#pragma warning disable CA1040 // The real interface has members; the stand-in declares only what ChatReset uses.
public interface IZoneHolding : IShape
{
}
#pragma warning restore CA1040
