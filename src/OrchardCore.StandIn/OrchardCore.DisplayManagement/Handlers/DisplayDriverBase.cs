using OrchardCore.DisplayManagement.Views;

namespace OrchardCore.DisplayManagement.Handlers;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Handlers/DisplayDriverBase.cs
// Upstream, Initialize<TModel> asks the shape factory for a proxy of TModel that is itself the shape. The stand-in
// has no proxy generator: it creates TModel and, unless TModel is already a shape, carries it in a
// ShapeViewModel<TModel> so tests can read what a view would receive.
public class DisplayDriverBase
{
    protected string Prefix { get; set; } = string.Empty;

    public ShapeResult Initialize<TModel>(Action<TModel> initialize) where TModel : class
        => Initialize<TModel>(typeof(TModel).Name, initialize);

    public ShapeResult Initialize<TModel>(Func<TModel, ValueTask> initializeAsync) where TModel : class
        => Initialize(typeof(TModel).Name, initializeAsync);

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

        return Factory(shapeType, async _ =>
        {
            var model = Activator.CreateInstance<TModel>();
            await initializeAsync(model).ConfigureAwait(false);
            return model as IShape ?? new ShapeViewModel<TModel>(model);
        });
    }

    public ShapeResult View<TModel>(string shapeType, TModel model) where TModel : class
        => Factory(shapeType, _ => new ValueTask<IShape>(new ShapeViewModel<TModel>(model)));

    public ShapeResult Shape(string shapeType, IShape shape)
        => Factory(shapeType, _ => new ValueTask<IShape>(shape));

    public ShapeResult Factory(string shapeType, Func<IBuildShapeContext, ValueTask<IShape>> shapeBuilder)
        => Factory(shapeType, shapeBuilder, null);

    public ShapeResult Factory(string shapeType, Func<IBuildShapeContext, IShape> shapeBuilder)
    {
        ArgumentNullException.ThrowIfNull(shapeBuilder);

        return Factory(shapeType, ctx => new ValueTask<IShape>(shapeBuilder(ctx)), null);
    }

    public virtual ShapeResult Factory(string shapeType, Func<IBuildShapeContext, ValueTask<IShape>> shapeBuilder, Func<IShape, Task> initializeAsync)
        => new ShapeResult(shapeType, shapeBuilder, initializeAsync).Prefix(Prefix);

    public static CombinedResult Combine(params IDisplayResult[] results) => new(results);

    public static CombinedResult Combine(IEnumerable<IDisplayResult> results) => new(results);

    public static Task<IDisplayResult> CombineAsync(params IDisplayResult[] results)
        => Task.FromResult<IDisplayResult>(new CombinedResult(results));

    public static Task<IDisplayResult> CombineAsync(IEnumerable<IDisplayResult> results)
        => Task.FromResult<IDisplayResult>(new CombinedResult(results));
}
