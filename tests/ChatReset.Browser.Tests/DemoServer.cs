using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ChatReset.Browser.Tests;

/// <summary>
/// The demo site running as its own process on a real Kestrel bound to <c>http://127.0.0.1:0</c>; the address
/// Kestrel picked is read from its startup log.
/// </summary>
public sealed partial class DemoServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly List<string> _output;

    private DemoServer(Process process, Uri baseAddress, List<string> output)
    {
        _process = process;
        BaseAddress = baseAddress;
        _output = output;
    }

    public Uri BaseAddress { get; }

    /// <summary>Everything the demo has written to its console so far (it goes on being collected).</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>The sample project's folder, the content root of the built demo.</summary>
    public static string ProjectDirectory { get; } = Path.Combine(RepositoryRoot.Path, "samples", "ChatReset.Demo");

    /// <summary>The built demo's assembly, in this test assembly's configuration.</summary>
    public static string BuiltDll { get; } = Path.Combine(ProjectDirectory, "bin", RepositoryRoot.Configuration, "net10.0", "ChatReset.Demo.dll");

    /// <summary>Starts the built demo (Development environment, project folder as content root).</summary>
    public static Task<DemoServer> StartBuiltAsync(IEnumerable<string> args) =>
        StartAsync(BuiltDll, ProjectDirectory, "Development", args);

    /// <summary>Starts a published demo from its publish folder.</summary>
    public static Task<DemoServer> StartPublishedAsync(string publishDirectory, string environment, IEnumerable<string> args) =>
        StartAsync(Path.Combine(publishDirectory, "ChatReset.Demo.dll"), publishDirectory, environment, args);

    private static async Task<DemoServer> StartAsync(string dll, string workingDirectory, string environment, IEnumerable<string> args)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build the demo first (the test project references it).", dll);
        }

        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(dll);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        startInfo.Environment["DOTNET_ENVIRONMENT"] = environment;
        startInfo.Environment["Logging__Console__FormatterName"] = "simple";

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the demo.");
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(e.Data);
            }

            var match = ListeningRegex().Match(e.Data);
            if (match.Success)
            {
                address.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => address.TrySetException(new InvalidOperationException(
            "The demo exited during startup:\n" + string.Join('\n', output)));

        try
        {
            var baseAddress = await address.Task.WaitAsync(StartTimeout);
            return new DemoServer(process, baseAddress, output);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public Uri Url(string path) => new(BaseAddress, path);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningRegex();
}
