using System.Diagnostics;

namespace ChatReset.Browser.Tests;

/// <summary>The demo as it ships: <c>dotnet publish -c Release</c>, run in the Production environment.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublishedAppTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PublishedDemoServesTheAssetsAndResetsInProduction()
    {
        var publishDirectory = Path.Combine(Path.GetTempPath(), "chatreset-publish-" + Guid.NewGuid().ToString("N"));
        try
        {
            await PublishAsync(publishDirectory);
            Assert.True(File.Exists(Path.Combine(publishDirectory, "wwwroot", "simulated-salesforce", "bootstrap.js")));

            await using var server = await DemoServer.StartPublishedAsync(publishDirectory, "Production", []);
            await using var observed = await fixture.OpenAsync(server);

            var script = await observed.Page.APIRequest.GetAsync(server.Url("/_content/ChatReset.Core/chat-reset.js").ToString());
            Assert.Equal(200, script.Status);
            var styles = await observed.Page.APIRequest.GetAsync(server.Url("/_content/ChatReset.Core/chat-reset.css").ToString());
            Assert.Equal(200, styles.Status);

            await observed.StartConversationAsync();
            await observed.AgentEndsAndResetFinishesAsync();

            Assert.Equal(1, await observed.ClearSessionCallsAsync());
            Assert.True(await observed.Page.Locator(".chat-reset__notice").IsVisibleAsync());
            Assert.Equal("fixed", await observed.EvalAsync<string>("() => getComputedStyle(document.querySelector('.chat-reset__notice')).position"));
            Assert.Empty(observed.Console);
            Assert.Empty(await observed.CspViolationsAsync());
        }
        finally
        {
            if (Directory.Exists(publishDirectory))
            {
                Directory.Delete(publishDirectory, recursive: true);
            }
        }
    }

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
