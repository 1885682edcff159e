using System.Reflection;

namespace ChatReset.Cms.Tests;

/// <summary>The Orchard Core this test run was built against (recorded by the project file).</summary>
internal static class OrchardCoreBuild
{
    public static string Version { get; } = typeof(OrchardCoreBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "OrchardCoreVersion").Value!;

    public static int Major { get; } = int.Parse(Version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
}
