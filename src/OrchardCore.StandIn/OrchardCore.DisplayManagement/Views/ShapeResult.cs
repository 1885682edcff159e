using OrchardCore.DisplayManagement.Handlers;

namespace OrchardCore.DisplayManagement.Views;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Views/ShapeResult.cs
// Stand-in behaviour kept to what drivers and their tests observe: a result is applied only for its groups
// (none requested when it has none), and then builds its shape, exposed through Shape. Placement into zones is not
// simulated.
public class ShapeResult : IDisplayResult
{
    private readonly string _shapeType;
    private readonly Func<IBuildShapeContext, ValueTask<IShape>> _shapeBuilder;
    private string[] _groupIds = [];

    public ShapeResult(string shapeType, Func<IBuildShapeContext, ValueTask<IShape>> shapeBuilder)
    {
        _shapeType = shapeType;
        _shapeBuilder = shapeBuilder;
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

        Shape = await _shapeBuilder(context).ConfigureAwait(false);
    }

    public ShapeResult Prefix(string prefix) => this;

    public ShapeResult Location(string location) => this;

    public ShapeResult Location(string displayType, string location) => this;

    public ShapeResult OnGroup(params string[] groupIds)
    {
        _groupIds = groupIds ?? [];
        return this;
    }

    public override string ToString() => _shapeType;
}
