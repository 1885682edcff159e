using OrchardCore.DisplayManagement.ModelBinding;
using OrchardCore.DisplayManagement.Zones;

namespace OrchardCore.DisplayManagement.Handlers;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Handlers/IBuildShapeContext.cs
public interface IBuildShapeContext
{
    IShape Shape { get; }

    IShapeFactory ShapeFactory { get; }

    dynamic New { get; }

    IZoneHolding Layout { get; set; }

    string GroupId { get; }

    string HtmlFieldPrefix { get; }

    IUpdateModel Updater { get; }

    string DefaultZone { get; set; }

    string DefaultPosition { get; set; }
}
