using OrchardCore.DisplayManagement.Handlers;

namespace OrchardCore.DisplayManagement.Views;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Views/CombinedResult.cs
public class CombinedResult : IDisplayResult
{
    private readonly IEnumerable<IDisplayResult> _results;

    public CombinedResult(params IDisplayResult[] results)
    {
        _results = results;
    }

    public async Task ApplyAsync(BuildDisplayContext context)
    {
        foreach (var result in _results)
        {
            await result.ApplyAsync(context).ConfigureAwait(false);
        }
    }

    public async Task ApplyAsync(BuildEditorContext context)
    {
        foreach (var result in _results)
        {
            await result.ApplyAsync(context).ConfigureAwait(false);
        }
    }

    public IEnumerable<IDisplayResult> GetResults() => _results;
}
