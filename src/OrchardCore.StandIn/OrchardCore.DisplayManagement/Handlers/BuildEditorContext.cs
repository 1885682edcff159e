using OrchardCore.DisplayManagement.ModelBinding;
using OrchardCore.DisplayManagement.Zones;

namespace OrchardCore.DisplayManagement.Handlers;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Handlers/BuildEditorContext.cs
public class BuildEditorContext : BuildShapeContext
{
    public BuildEditorContext(IShape shape, string groupId, bool isNew, string htmlFieldPrefix, IShapeFactory shapeFactory, IZoneHolding layout, IUpdateModel updater)
        : base(shape, groupId, shapeFactory, layout, updater)
    {
        HtmlFieldPrefix = htmlFieldPrefix;
        IsNew = isNew;
    }

    public bool IsNew { get; set; }
}
