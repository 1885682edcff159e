using OrchardCore.DisplayManagement.Zones;

namespace OrchardCore.DisplayManagement.Layout;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Layout/ILayoutAccessor.cs
public interface ILayoutAccessor
{
    Task<IZoneHolding> GetLayoutAsync();
}
