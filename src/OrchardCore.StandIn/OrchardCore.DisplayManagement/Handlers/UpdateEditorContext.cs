using OrchardCore.DisplayManagement.ModelBinding;
using OrchardCore.DisplayManagement.Zones;

namespace OrchardCore.DisplayManagement.Handlers;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Handlers/UpdateEditorContext.cs
public class UpdateEditorContext : BuildEditorContext
{
    public UpdateEditorContext(IShape model, string groupId, bool isNew, string htmlFieldPrefix, IShapeFactory shapeFactory, IZoneHolding layout, IUpdateModel updater)
        : base(model, groupId, isNew, htmlFieldPrefix, shapeFactory, layout, updater)
    {
    }
}
