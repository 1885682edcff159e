using OrchardCore.ContentManagement.Metadata.Models;
using OrchardCore.DisplayManagement.Handlers;

namespace OrchardCore.ContentManagement.Display.Models;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Display/Models/BuildPartDisplayContext.cs
public class BuildPartDisplayContext : BuildDisplayContext
{
    public BuildPartDisplayContext(ContentTypePartDefinition typePartDefinition, BuildDisplayContext context)
        : base(context?.Shape, context?.DisplayType, context?.GroupId, context?.ShapeFactory, context?.Layout, context?.Updater)
    {
        ArgumentNullException.ThrowIfNull(context);

        TypePartDefinition = typePartDefinition;
        HtmlFieldPrefix = context.HtmlFieldPrefix;
    }

    public ContentTypePartDefinition TypePartDefinition { get; }
}
