using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace ChatReset.Tests;

/// <summary>
/// A package of the repository as <c>dotnet pack</c> makes it, opened: its nuspec metadata, its dependencies and its
/// files. Packs into a temporary folder that disposing removes. Shared by the test projects that check packages.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    private readonly string _folder;
    private readonly ZipArchive _package;
    private readonly XElement _metadata;

    private PackedPackage(string folder, string id)
    {
        _folder = folder;
        Id = id;
        _package = ZipFile.OpenRead(Directory.GetFiles(folder, id + ".*.nupkg").Single(file => !file.EndsWith(".symbols.nupkg", StringComparison.Ordinal)));
        using var nuspec = _package.GetEntry(id + ".nuspec")!.Open();
        _metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        SymbolPackage = Directory.GetFiles(folder, id + ".*.snupkg").SingleOrDefault();
    }

    public string Id { get; }

    /// <summary>The .snupkg made beside the package, if any.</summary>
    public string? SymbolPackage { get; }

    public IReadOnlyList<string> Files => _package.Entries.Select(e => e.FullName).ToList();

    /// <summary>Packs <paramref name="project"/> (a path below the repository root) with extra <c>dotnet pack</c> arguments.</summary>
    public static async Task<PackedPackage> PackAsync(string project, params string[] arguments)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatreset-pack-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["pack", project, "-o", folder, "-nologo", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var pack = Process.Start(start)!;
        var output = pack.StandardOutput.ReadToEndAsync();
        var errors = pack.StandardError.ReadToEndAsync();
        await pack.WaitForExitAsync();
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack {project} failed:\n{await output}\n{await errors}");
        }

        return new PackedPackage(folder, System.IO.Path.GetFileNameWithoutExtension(project));
    }

    /// <summary>A metadata element's text (<c>description</c>, <c>tags</c>, ...), or null.</summary>
    public string? Metadata(string name) => _metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    /// <summary>An attribute of a metadata element (<c>license</c> <c>type</c>, <c>repository</c> <c>url</c>, ...), or null.</summary>
    public string? Metadata(string name, string attribute)
        => _metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Attribute(attribute)?.Value;

    /// <summary>Every package dependency, id to version range as written in the nuspec.</summary>
    public IReadOnlyDictionary<string, string> Dependencies
        => _metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => e.Attribute("id")!.Value, e => e.Attribute("version")!.Value);

    public Stream Open(string file) => _package.GetEntry(file)!.Open();

    public string ReadText(string file)
    {
        using var reader = new StreamReader(Open(file));
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        _package.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
