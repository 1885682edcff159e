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
        => Task.FromResult(Display(part, context));

    public virtual IDisplayResult Display(TPart part, BuildPartDisplayContext context)
        => null;

    public virtual Task<IDisplayResult> EditAsync(TPart part, BuildPartEditorContext context)
        => Task.FromResult(Edit(part, context));

    public virtual IDisplayResult Edit(TPart part, BuildPartEditorContext context)
        => null;

    public virtual Task<IDisplayResult> UpdateAsync(TPart part, UpdatePartEditorContext context)
        => EditAsync(part, context);

    protected string GetEditorShapeType(string shapeType, ContentTypePartDefinition typePartDefinition)
    {
        var editor = typePartDefinition?.Editor();
        return string.IsNullOrEmpty(editor) ? shapeType : $"{shapeType}__{editor}";
    }

    protected string GetEditorShapeType(string shapeType, BuildPartEditorContext context)
        => GetEditorShapeType(shapeType, context?.TypePartDefinition);

    protected string GetEditorShapeType(ContentTypePartDefinition typePartDefinition)
        => GetEditorShapeType(typeof(TPart).Name + "_Edit", typePartDefinition);

    protected string GetEditorShapeType(BuildPartEditorContext context)
        => GetEditorShapeType(context?.TypePartDefinition);

    protected string GetDisplayShapeType(string shapeType, BuildPartDisplayContext context)
    {
        var displayMode = context?.TypePartDefinition?.DisplayMode();
        return string.IsNullOrEmpty(displayMode) ? shapeType : $"{shapeType}_Display__{displayMode}";
    }

    protected string GetDisplayShapeType(BuildPartDisplayContext context)
        => GetDisplayShapeType(typeof(TPart).Name, context);

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
