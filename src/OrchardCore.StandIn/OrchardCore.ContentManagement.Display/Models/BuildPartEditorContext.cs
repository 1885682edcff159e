using OrchardCore.ContentManagement.Metadata.Models;
using OrchardCore.DisplayManagement.Handlers;

namespace OrchardCore.ContentManagement.Display.Models;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Display/Models/BuildPartEditorContext.cs
public class BuildPartEditorContext : BuildEditorContext
{
    public BuildPartEditorContext(ContentTypePartDefinition typePartDefinition, BuildEditorContext context)
        : base(context?.Shape, context?.GroupId, context?.IsNew ?? false, context?.HtmlFieldPrefix, context?.ShapeFactory, context?.Layout, context?.Updater)
    {
        TypePartDefinition = typePartDefinition;
    }

    public ContentTypePartDefinition TypePartDefinition { get; }
}
