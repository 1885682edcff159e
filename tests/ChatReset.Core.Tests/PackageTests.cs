using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace ChatReset.Core.Tests;

/// <summary>The NuGet package ships the minified assets, as the sample site and the Orchard Core module serve them.</summary>
public sealed class PackageTests
{
    [Fact]
    public async Task The_package_holds_the_minified_script_with_its_map_and_the_minified_stylesheet()
    {
        var repository = RepositoryRoot.Path;
        var output = Path.Combine(Path.GetTempPath(), "chatreset-pack-" + Guid.NewGuid().ToString("N"));
        try
        {
            var startInfo = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = repository,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { "pack", "src/ChatReset.Core/ChatReset.Core.csproj", "-c", "Release", "--no-restore", "-o", output, "-nologo" })
            {
                startInfo.ArgumentList.Add(arg);
            }

            using var pack = Process.Start(startInfo)!;
            var log = pack.StandardOutput.ReadToEndAsync();
            var errors = pack.StandardError.ReadToEndAsync();
            await pack.WaitForExitAsync();
            Assert.True(pack.ExitCode == 0, $"dotnet pack failed:\n{await log}\n{await errors}");

            using var package = ZipFile.OpenRead(Directory.GetFiles(output, "ChatReset.Core.*.nupkg").Single());
            string Entry(string name)
            {
                using var reader = new StreamReader(package.GetEntry(name)!.Open(), Encoding.UTF8);
                return reader.ReadToEnd();
            }

            var readableScript = await File.ReadAllTextAsync(Path.Combine(repository, "src", "ChatReset.Core", "wwwroot", "chat-reset.js"));
            var readableStyles = await File.ReadAllTextAsync(Path.Combine(repository, "src", "ChatReset.Core", "wwwroot", "chat-reset.css"));
            var script = Entry("staticwebassets/chat-reset.js");
            var styles = Entry("staticwebassets/chat-reset.css");

            Assert.True(script.Length < readableScript.Length / 2, $"the packed script ({script.Length} chars) is not minified");
            Assert.EndsWith("//# sourceMappingURL=chat-reset.js.map", script.TrimEnd(), StringComparison.Ordinal);
            Assert.Contains("sourcesContent", Entry("staticwebassets/chat-reset.js.map"), StringComparison.Ordinal);
            Assert.True(styles.Length < readableStyles.Length, "the packed stylesheet is not minified");
            Assert.Equal(
                ["staticwebassets/chat-reset.css", "staticwebassets/chat-reset.js", "staticwebassets/chat-reset.js.map"],
                package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("staticwebassets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
