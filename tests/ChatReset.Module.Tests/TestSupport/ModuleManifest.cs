using System.Reflection;
using System.Text.RegularExpressions;
using ManifestFeature = OrchardCore.Modules.Manifest.FeatureAttribute;
using ManifestModule = OrchardCore.Modules.Manifest.ModuleAttribute;

namespace ChatReset.Module.Tests;

/// <summary>What ChatReset's module and theme declare to Orchard Core: their manifests' features and the theme's layout zones.</summary>
internal static partial class ModuleManifest
{
    public const string ThemeLayoutPath = "src/ChatReset.Theme/Views/Layout.cshtml";

    public static Assembly ModuleAssembly => typeof(ChatResetConstants).Assembly;

    public static Assembly ThemeAssembly => Assembly.Load("ChatReset.Theme");

    /// <summary>Explicit [assembly: Feature] ids; an extension without any has one feature named after its assembly.</summary>
    public static IEnumerable<string> FeatureIds() => FeatureIds(ModuleAssembly).Concat(FeatureIds(ThemeAssembly));

    /// <summary>The explicit features of the module, by id.</summary>
    public static Dictionary<string, ManifestFeature> ModuleFeatures()
        => ModuleAssembly.GetCustomAttributes<ManifestFeature>().Where(f => f is not ManifestModule).ToDictionary(f => f.Id);

    /// <summary>The zones the theme's layout renders: named sections plus Content, the page body.</summary>
    public static IReadOnlyList<string> ThemeLayoutZones()
    {
        var layout = RepositoryRoot.Read(ThemeLayoutPath);
        var zones = SectionCall().Matches(layout).Select(m => m.Groups[1].Value).ToList();
        if (layout.Contains("RenderBodyAsync()", StringComparison.Ordinal))
        {
            zones.Add("Content");
        }

        return zones;
    }

    private static IEnumerable<string> FeatureIds(Assembly assembly)
    {
        Assert.NotNull(assembly.GetCustomAttributes<ManifestModule>().SingleOrDefault());
        var features = assembly.GetCustomAttributes<ManifestFeature>().Where(f => f is not ManifestModule).Select(f => f.Id).ToList();
        return features.Count > 0 ? features : [assembly.GetName().Name!];
    }

    [GeneratedRegex("RenderSectionAsync\\(\"([A-Za-z]+)\"")]
    private static partial Regex SectionCall();
}
