using OrchardCore.ContentManagement.Display.Models;
using OrchardCore.ContentManagement.Metadata.Models;
using OrchardCore.ContentManagement.Metadata.Settings;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.DisplayManagement.Views;

namespace OrchardCore.ContentManagement.Display.ContentDisplay;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Display/ContentDisplay/ContentPartDisplayDriverTPart.cs (2.x)
// Stand-in behaviour: the prefix is the type-part name (under the caller's prefix) for the duration of a call;
// shape alternates are not simulated. Upstream also writes the part back into its content item after an update.
public abstract class ContentPartDisplayDriver<TPart> : DisplayDriverBase, IContentPartDisplayDriver
    where TPart : ContentPart, new()
{
    Task<IDisplayResult> IContentPartDisplayDriver.BuildDisplayAsync(ContentPart contentPart, ContentTypePartDefinition typePartDefinition, BuildDisplayContext context)
        => WithPrefixAsync(contentPart, typePartDefinition, context.HtmlFieldPrefix, part => DisplayAsync(part, new BuildPartDisplayContext(typePartDefinition, context)));

    Task<IDisplayResult> IContentPartDisplayDriver.BuildEditorAsync(ContentPart contentPart, ContentTypePartDefinition typePartDefinition, BuildEditorContext context)
        => WithPrefixAsync(contentPart, typePartDefinition, context.HtmlFieldPrefix, part => EditAsync(part, new BuildPartEditorContext(typePartDefinition, context)));

    Task<IDisplayResult> IContentPartDisplayDriver.UpdateEditorAsync(ContentPart contentPart, ContentTypePartDefinition typePartDefinition, UpdateEditorContext context)
        => WithPrefixAsync(contentPart, typePartDefinition, context.HtmlFieldPrefix, part => UpdateAsync(part, new UpdatePartEditorContext(typePartDefinition, context)));

    public virtual Task<IDisplayResult> DisplayAsync(TPart part, BuildPartDisplayContext context)
        => Task.FromResult<IDisplayResult>(null);

    public virtual Task<IDisplayResult> EditAsync(TPart part, BuildPartEditorContext context)
        => Task.FromResult<IDisplayResult>(null);

    public virtual Task<IDisplayResult> UpdateAsync(TPart part, UpdatePartEditorContext context)
        => EditAsync(part, context);

    protected string GetEditorShapeType(BuildPartEditorContext context)
    {
        var editor = context?.TypePartDefinition?.Editor();
        var shapeType = typeof(TPart).Name + "_Edit";
        return string.IsNullOrEmpty(editor) ? shapeType : $"{shapeType}__{editor}";
    }

    protected string GetDisplayShapeType(BuildPartDisplayContext context)
    {
        var displayMode = context?.TypePartDefinition?.DisplayMode();
        var shapeType = typeof(TPart).Name;
        return string.IsNullOrEmpty(displayMode) ? shapeType : $"{shapeType}_Display__{displayMode}";
    }

    private async Task<IDisplayResult> WithPrefixAsync(ContentPart contentPart, ContentTypePartDefinition typePartDefinition, string htmlFieldPrefix, Func<TPart, Task<IDisplayResult>> call)
    {
        if (contentPart is not TPart part)
        {
            return null;
        }

        var previous = Prefix;
        Prefix = string.IsNullOrEmpty(htmlFieldPrefix) ? typePartDefinition.Name : $"{htmlFieldPrefix}.{typePartDefinition.Name}";
        try
        {
            return await call(part).ConfigureAwait(false);
        }
        finally
        {
            Prefix = previous;
        }
    }
}
