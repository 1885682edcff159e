using System.Reflection;
using ChatReset.Module.Widgets;
using OrchardCore.DisplayManagement.Manifest;
using ManifestFeature = OrchardCore.Modules.Manifest.FeatureAttribute;
using ManifestModule = OrchardCore.Modules.Manifest.ModuleAttribute;

namespace ChatReset.Module.Tests.Widgets;

/// <summary>The features ChatReset's module and theme declare in their manifests, as Orchard Core reads them.</summary>
internal static class ModuleManifest
{
    public static Assembly ModuleAssembly => typeof(ChatWidgetConstants).Assembly;

    public static Assembly ThemeAssembly => Assembly.Load("ChatReset.Theme");

    /// <summary>Explicit [assembly: Feature] ids; an extension without any has one feature named after its assembly.</summary>
    public static IEnumerable<string> FeatureIds() => FeatureIds(ModuleAssembly).Concat(FeatureIds(ThemeAssembly));

    public static ThemeAttribute Theme => ThemeAssembly.GetCustomAttribute<ThemeAttribute>()
        ?? throw new InvalidOperationException("ChatReset.Theme has no [assembly: Theme] manifest.");

    private static IEnumerable<string> FeatureIds(Assembly assembly)
    {
        Assert.NotNull(assembly.GetCustomAttributes<ManifestModule>().SingleOrDefault());
        var features = assembly.GetCustomAttributes<ManifestFeature>().Where(f => f is not ManifestModule).Select(f => f.Id).ToList();
        return features.Count > 0 ? features : [assembly.GetName().Name!];
    }
}
