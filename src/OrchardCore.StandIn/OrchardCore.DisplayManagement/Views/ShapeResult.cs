using OrchardCore.DisplayManagement.Handlers;

namespace OrchardCore.DisplayManagement.Views;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Views/ShapeResult.cs
// Stand-in behaviour kept to what drivers and their tests observe: a result is applied only for its groups
// (none requested when it has none), only when its render predicate allows, and then builds and initialises
// its shape, exposed through Shape. Placement into zones is not simulated.
public class ShapeResult : IDisplayResult
{
    private readonly string _shapeType;
    private readonly Func<IBuildShapeContext, ValueTask<IShape>> _shapeBuilder;
    private readonly Func<IShape, Task> _initializingAsync;
    private readonly Dictionary<string, string> _locations = new(StringComparer.OrdinalIgnoreCase);
    private string[] _groupIds = [];
    private Func<Task<bool>> _renderPredicateAsync;
    private string _prefix;
    private string _name;
    private string _differentiator;

    public ShapeResult(string shapeType, Func<IBuildShapeContext, ValueTask<IShape>> shapeBuilder)
        : this(shapeType, shapeBuilder, null)
    {
    }

    public ShapeResult(string shapeType, Func<IBuildShapeContext, ValueTask<IShape>> shapeBuilder, Func<IShape, Task> initializingAsync)
    {
        _shapeType = shapeType;
        _shapeBuilder = shapeBuilder;
        _initializingAsync = initializingAsync;
    }

    public IShape Shape { get; private set; }

    public Task ApplyAsync(BuildDisplayContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        return ApplyImplementationAsync(context);
    }

    public Task ApplyAsync(BuildEditorContext context)
        => ApplyImplementationAsync(context);

    private async Task ApplyImplementationAsync(BuildShapeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var groupMatches = _groupIds.Length == 0
            ? string.IsNullOrEmpty(context.GroupId)
            : _groupIds.Contains(context.GroupId ?? string.Empty, StringComparer.OrdinalIgnoreCase);

        if (!groupMatches)
        {
            return;
        }

        if (_renderPredicateAsync != null && !await _renderPredicateAsync().ConfigureAwait(false))
        {
            return;
        }

        var shape = await _shapeBuilder(context).ConfigureAwait(false);
        if (shape == null)
        {
            return;
        }

        if (_initializingAsync != null)
        {
            await _initializingAsync(shape).ConfigureAwait(false);
        }

        Shape = shape;
    }

    public ShapeResult Prefix(string prefix)
    {
        _prefix = prefix;
        return this;
    }

    public ShapeResult Location(string location)
    {
        _locations[string.Empty] = location;
        return this;
    }

    public ShapeResult Location(string displayType, string location)
    {
        _locations[displayType ?? string.Empty] = location;
        return this;
    }

    public ShapeResult Name(string name)
    {
        _name = name;
        return this;
    }

    public ShapeResult Differentiator(string differentiator)
    {
        _differentiator = differentiator;
        return this;
    }

    public ShapeResult OnGroup(params string[] groupIds)
    {
        _groupIds = groupIds ?? [];
        return this;
    }

    public ShapeResult RenderWhen(Func<Task<bool>> renderPredicateAsync)
    {
        _renderPredicateAsync = renderPredicateAsync;
        return this;
    }

    public override string ToString() => $"{_shapeType} ({_name ?? _differentiator ?? _prefix})";
}
