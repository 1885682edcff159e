using OrchardCore.DisplayManagement.Views;

namespace OrchardCore.DisplayManagement.Handlers;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Handlers/DisplayDriverBase.cs
// Upstream, Initialize<TModel> asks the shape factory for a proxy of TModel that is itself the shape. The stand-in
// has no proxy generator: it creates TModel and, unless TModel is already a shape, carries it in a
// ShapeViewModel<TModel> so tests can read what a view would receive.
public class DisplayDriverBase
{
    protected string Prefix { get; set; } = string.Empty;

    public static CombinedResult Combine(params IDisplayResult[] results) => new(results);

    public ShapeResult Initialize<TModel>(string shapeType, Action<TModel> initialize) where TModel : class
    {
        ArgumentNullException.ThrowIfNull(initialize);

        return Initialize<TModel>(shapeType, model =>
        {
            initialize(model);
            return ValueTask.CompletedTask;
        });
    }

    public ShapeResult Initialize<TModel>(string shapeType, Func<TModel, ValueTask> initializeAsync) where TModel : class
    {
        ArgumentNullException.ThrowIfNull(initializeAsync);

        return new ShapeResult(shapeType, async _ =>
        {
            var model = Activator.CreateInstance<TModel>();
            await initializeAsync(model).ConfigureAwait(false);
            return model as IShape ?? new ShapeViewModel<TModel>(model);
        }).Prefix(Prefix);
    }
}
