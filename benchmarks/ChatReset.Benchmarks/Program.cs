using BenchmarkDotNet.Running;
using ChatReset.Benchmarks;

// `size` measures ChatReset's assets as the published sample serves them and checks the byte budgets; anything else
// goes to BenchmarkDotNet (e.g. `--filter '*' --job short`, or `--job dry --inProcess --filter '*'` as a CI smoke run).
if (args.Length > 0 && args[0] == "size")
{
    return await ServedSize.RunAsync(Console.Out);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(RenderBenchmarks).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
