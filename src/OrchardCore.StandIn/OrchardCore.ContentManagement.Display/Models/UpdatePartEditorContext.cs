using OrchardCore.ContentManagement.Metadata.Models;
using OrchardCore.DisplayManagement.Handlers;

namespace OrchardCore.ContentManagement.Display.Models;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Display/Models/UpdatePartEditorContext.cs
public class UpdatePartEditorContext : BuildPartEditorContext
{
    public UpdatePartEditorContext(ContentTypePartDefinition typePartDefinition, UpdateEditorContext context)
        : base(typePartDefinition, context)
    {
    }
}
