using System.Reflection;

namespace ChatReset.Core.Tests;

/// <summary>
/// The ChatReset.Core package as a site owner gets it from a feed: what NuGet shows about it, and the assets it serves
/// minified, as the sample site and the Orchard Core module serve them.
/// </summary>
public sealed class PackageTests(PackageTests.CorePackage core) : IClassFixture<PackageTests.CorePackage>
{
    private readonly PackedPackage _package = core.Package!;

    [Fact]
    public void The_package_says_what_it_is_under_its_licence_with_its_readme_and_release_notes()
    {
        Assert.Equal("ChatReset.Core", _package.Metadata("id"));
        Assert.Equal(typeof(ChatResetOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0], _package.Metadata("version"));
        Assert.False(string.IsNullOrWhiteSpace(_package.Metadata("description")));
        Assert.False(string.IsNullOrWhiteSpace(_package.Metadata("authors")));
        Assert.Contains("Salesforce", _package.Metadata("tags")!.Split(' '));

        // The licence expression, and the licence's text inside the package saying the same.
        Assert.Equal("expression", _package.Metadata("license", "type"));
        Assert.StartsWith(_package.Metadata("license") + " License", _package.ReadText("LICENSE"), StringComparison.Ordinal);

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "ChatReset.Core", "README.md")), _package.ReadText(_package.Metadata("readme")!));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "CHANGELOG.md")).Trim(), _package.Metadata("releaseNotes")!.Trim());
        Assert.Contains("## " + _package.Metadata("version"), _package.Metadata("releaseNotes"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_points_at_its_source_and_comes_with_symbols()
    {
        Assert.StartsWith("https://", _package.Metadata("projectUrl"), StringComparison.Ordinal);
        Assert.Equal("git", _package.Metadata("repository", "type"));
        Assert.StartsWith(_package.Metadata("projectUrl")!, _package.Metadata("repository", "url"), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{40}$", _package.Metadata("repository", "commit"));

        Assert.NotNull(_package.SymbolPackage);
        using var symbols = System.IO.Compression.ZipFile.OpenRead(_package.SymbolPackage);
        Assert.Contains(symbols.Entries, entry => entry.FullName == "lib/net10.0/ChatReset.Core.pdb");
    }

    [Fact]
    public void The_package_needs_nothing_of_Orchard_Core()
    {
        Assert.DoesNotContain(_package.Dependencies.Keys, id => id.StartsWith("OrchardCore", StringComparison.Ordinal));
        Assert.DoesNotContain(_package.Files, file => file.Contains("OrchardCore", StringComparison.Ordinal));
    }

    [Fact]
    public void The_package_holds_the_minified_scripts_with_their_maps_and_the_minified_stylesheet()
    {
        foreach (var name in new[] { "chat-reset.js", "chat-reset-features.js" })
        {
            var readableScript = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "ChatReset.Core", "wwwroot", name));
            var script = _package.ReadText($"staticwebassets/{name}");

            Assert.True(script.Length < readableScript.Length / 2, $"the packed {name} ({script.Length} chars) is not minified");
            Assert.EndsWith($"//# sourceMappingURL={name}.map", script.TrimEnd(), StringComparison.Ordinal);
            Assert.Contains("sourcesContent", _package.ReadText($"staticwebassets/{name}.map"), StringComparison.Ordinal);
        }

        var readableStyles = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "ChatReset.Core", "wwwroot", "chat-reset.css"));
        Assert.True(_package.ReadText("staticwebassets/chat-reset.css").Length < readableStyles.Length, "the packed stylesheet is not minified");
        Assert.Equal(
            [
                "staticwebassets/chat-reset-features.js", "staticwebassets/chat-reset-features.js.map",
                "staticwebassets/chat-reset.css", "staticwebassets/chat-reset.js", "staticwebassets/chat-reset.js.map",
            ],
            _package.Files.Where(n => n.StartsWith("staticwebassets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    /// <summary>One <c>dotnet pack</c> (Release) for the class.</summary>
    public sealed class CorePackage : IAsyncLifetime
    {
        public PackedPackage? Package { get; private set; }

        public async Task InitializeAsync()
            => Package = await PackedPackage.PackAsync("src/ChatReset.Core/ChatReset.Core.csproj", "-c", "Release", "--no-restore");

        public Task DisposeAsync()
        {
            Package?.Dispose();
            return Task.CompletedTask;
        }
    }
}
