using BenchmarkDotNet.Running;
using ChatReset.Benchmarks;

// `size [path]` checks the reset script against its byte budget; anything else goes to BenchmarkDotNet
// (e.g. `--filter '*' --job short`, or `--job dry --inProcess --filter '*'` as a CI smoke run).
if (args.Length > 0 && args[0] == "size")
{
    return ScriptSize.Run(args.Length > 1 ? args[1] : null, Console.Out);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(RenderBenchmarks).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
