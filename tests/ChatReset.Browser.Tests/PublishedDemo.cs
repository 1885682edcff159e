using System.Diagnostics;

namespace ChatReset.Browser.Tests;

/// <summary>
/// The demo published once (<c>dotnet publish -c Release</c>) and run in Production, as it ships, logging each
/// request it receives so that tests can count what reached the server (not what the browser took from its cache).
/// </summary>
public sealed class PublishedDemo : IAsyncLifetime
{
    private const string RequestLogArgument = "--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information";

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "chatreset-published-" + Guid.NewGuid().ToString("N"));

    public DemoServer Server { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await PublishAsync(Directory);
        Server = await DemoServer.StartPublishedAsync(Directory, "Production", [RequestLogArgument]);
    }

    /// <summary>
    /// How many requests for paths starting with <paramref name="pathPrefix"/> the server has received. Waits first
    /// until the server has logged a marker request sent now: the log is written in order, so every earlier request
    /// is counted.
    /// </summary>
    public async Task<int> RequestsReceivedAsync(string pathPrefix)
    {
        var marker = "/requests-counted-" + Guid.NewGuid().ToString("N");
        using (var client = new HttpClient())
        {
            await client.GetAsync(Server.Url(marker));
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Server.Output.Any(line => line.Contains(marker, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "The demo did not log the marker request.");
            await Task.Delay(50);
        }

        var prefix = Server.Url(pathPrefix).ToString();
        return Server.Output.Count(line => line.Contains("Request starting", StringComparison.Ordinal) && line.Contains(prefix, StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    /// <summary>Publishes the demo as it ships (<c>dotnet publish -c Release</c>) into <paramref name="outputDirectory"/>.</summary>
    internal static async Task PublishAsync(string outputDirectory)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --no-restore: the solution is restored already, and other test projects may be running from it.
        foreach (var arg in new[] { "publish", "samples/ChatReset.Demo/ChatReset.Demo.csproj", "-c", "Release", "--no-restore", "-o", outputDirectory, "-nologo" })
        {
            startInfo.ArgumentList.Add(arg);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not run dotnet publish.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet publish failed:\n{await output}\n{await errors}");
    }
}
