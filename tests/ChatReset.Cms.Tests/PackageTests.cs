using System.Reflection;
using System.Runtime.Loader;

namespace ChatReset.Cms.Tests;

/// <summary>
/// The module and theme packages as an Orchard Core site owner gets them from a feed: built against the real Orchard
/// Core they ask for, within its major version, with their recipes inside and nothing of the stand-in.
/// </summary>
public sealed class PackageTests
{
    [Theory]
    [InlineData("src/ChatReset.Module/ChatReset.Module.csproj", "chatreset-add-chat.recipe.json")]
    [InlineData("src/ChatReset.Theme/ChatReset.Theme.csproj", "chatreset-setup.recipe.json")]
    public async Task The_package_asks_for_the_Orchard_Core_it_was_built_against_and_carries_its_recipe(string project, string recipe)
    {
        using var package = await PackAsync(project);

        // Orchard Core from the version compiled and tested against up to, not including, the next major version.
        var orchard = package.Dependencies.Where(dependency => dependency.Key.StartsWith("OrchardCore.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(orchard);
        Assert.All(orchard, dependency => Assert.Equal($"[{OrchardCoreBuild.Version}, {OrchardCoreBuild.Major + 1}.0.0)", dependency.Value));

        // The recipe inside the assembly as it is in the repository, in the extension's Recipes folder where Orchard
        // Core looks for recipes (its module targets name an embedded file "{assembly}.{folder}>{file}").
        var assembly = LoadedAssembly(package, $"lib/net10.0/{package.Id}.dll");
        using var stream = assembly.GetManifestResourceStream($"{package.Id}.Recipes>{recipe}");
        Assert.True(stream is not null, $"{recipe} is not embedded in the Recipes folder; embedded: {string.Join(", ", assembly.GetManifestResourceNames())}");
        using var reader = new StreamReader(stream);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "recipes", recipe)), reader.ReadToEnd());

        // Nothing of the stand-in: no file, no dependency, no assembly reference.
        Assert.DoesNotContain(package.Files, file => file.Contains("StandIn", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(package.Dependencies.Keys, id => id.Contains("StandIn", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(assembly.GetReferencedAssemblies(), reference => reference.Name!.Contains("StandIn", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("src/ChatReset.Module/ChatReset.Module.csproj")]
    [InlineData("src/ChatReset.Theme/ChatReset.Theme.csproj")]
    public async Task The_package_is_found_as_an_Orchard_Core_extension_and_says_what_it_is(string project)
    {
        using var package = await PackAsync(project);

        Assert.Equal(Path.GetFileNameWithoutExtension(project), package.Id);
        // Orchard Core's targets in a site that references the package load it as an extension by this item.
        Assert.Contains("<ModulePackageNames Include=\"$(MSBuildThisFileName)\" />", package.ReadText($"build/{package.Id}.props"), StringComparison.Ordinal);
        Assert.Contains("OrchardCoreCMS", package.Metadata("tags")!.Split(' '));
        Assert.Contains("OrchardCore", package.Metadata("tags")!.Split(' '));
        Assert.False(string.IsNullOrWhiteSpace(package.Metadata("description")));
        Assert.Equal("expression", package.Metadata("license", "type"));
        Assert.StartsWith(package.Metadata("license") + " License", package.ReadText("LICENSE"), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, Path.GetDirectoryName(project)!, "README.md")), package.ReadText(package.Metadata("readme")!));
        Assert.Contains("## " + package.Metadata("version"), package.Metadata("releaseNotes"), StringComparison.Ordinal);
        Assert.Equal("git", package.Metadata("repository", "type"));
        Assert.NotNull(package.SymbolPackage);
        if (package.Id == "ChatReset.Module")
        {
            // The module's script and stylesheet come with ChatReset.Core, of the same release.
            Assert.Equal(package.Metadata("version"), package.Dependencies["ChatReset.Core"]);
        }
    }

    // Packs what this test run was built from (no second build): same configuration, same Orchard Core.
    private static Task<PackedPackage> PackAsync(string project)
        => PackedPackage.PackAsync(project, "--no-build", "--no-restore", "-c", RepositoryRoot.Configuration,
            "-p:OrchardCoreSource=Packages", "-p:OrchardCoreVersion=" + OrchardCoreBuild.Version);

    private static Assembly LoadedAssembly(PackedPackage package, string file)
    {
        using var bytes = new MemoryStream();
        using (var entry = package.Open(file))
        {
            entry.CopyTo(bytes);
        }

        bytes.Position = 0;
        return new AssemblyLoadContext(package.Id, isCollectible: true).LoadFromStream(bytes);
    }
}
