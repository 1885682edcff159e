using System.Text.Json;

namespace ChatReset.Core.Tests;

/// <summary>ChatReset.Core serves plain ASP.NET Core sites as well as the Orchard Core module, so it must never need Orchard Core.</summary>
public sealed class LayeringTests
{
    [Fact]
    public void ChatReset_Core_references_no_Orchard_Core_assembly()
    {
        var references = typeof(ChatResetOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.DoesNotContain(references, IsOrchardCore);
    }

    [Fact]
    public void ChatReset_Core_depends_on_no_Orchard_Core_package_or_project()
    {
        // Every package and project the build restored for ChatReset.Core, direct or transitive.
        using var assets = JsonDocument.Parse(RepositoryRoot.Read("src/ChatReset.Core/obj/project.assets.json"));
        var libraries = assets.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name.Split('/')[0]).ToList();

        Assert.DoesNotContain(libraries, IsOrchardCore);
    }

    // Orchard Core's assemblies and packages, its data layer (YesSql) and this repository's stand-in of its API.
    private static bool IsOrchardCore(string name)
        => name.StartsWith("OrchardCore", StringComparison.OrdinalIgnoreCase) || name.StartsWith("YesSql", StringComparison.OrdinalIgnoreCase);
}
