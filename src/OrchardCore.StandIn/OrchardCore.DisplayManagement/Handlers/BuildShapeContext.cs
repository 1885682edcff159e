using OrchardCore.DisplayManagement.ModelBinding;
using OrchardCore.DisplayManagement.Zones;

namespace OrchardCore.DisplayManagement.Handlers;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Handlers/BuildShapeContext.cs (2.x: no HttpContext)
public abstract class BuildShapeContext : IBuildShapeContext
{
    protected BuildShapeContext(IShape shape, string groupId, IShapeFactory shapeFactory, IZoneHolding layout, IUpdateModel updater)
    {
        Shape = shape;
        ShapeFactory = shapeFactory;
        GroupId = groupId;
        HtmlFieldPrefix = string.Empty;
        Layout = layout;
        Updater = updater;
    }

    public IShape Shape { get; private set; }

    public IShapeFactory ShapeFactory { get; private set; }

    public dynamic New => ShapeFactory;

    public IZoneHolding Layout { get; set; }

    public string GroupId { get; private set; }

    public string HtmlFieldPrefix { get; protected set; }

    public IUpdateModel Updater { get; }

    public string DefaultZone { get; set; }

    public string DefaultPosition { get; set; }
}
