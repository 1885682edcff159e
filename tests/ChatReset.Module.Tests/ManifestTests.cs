using System.Reflection;
using OrchardCore.Modules.Manifest;

namespace ChatReset.Module.Tests;

public sealed class ManifestTests
{
    private static readonly Assembly Module = typeof(ChatResetConstants).Assembly;

    [Fact]
    public void TheModuleIsNamedChatReset()
    {
        Assert.Equal("ChatReset", Module.GetCustomAttribute<ModuleAttribute>()!.Name);
    }

    [Fact]
    public void EnablingTheWidgetsEnablesTheChatSettingsAndOrchardWidgets()
    {
        var features = Module.GetCustomAttributes<FeatureAttribute>().Where(f => f is not ModuleAttribute).ToDictionary(f => f.Id);

        Assert.Equal(["ChatReset", "ChatReset.Widgets"], features.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(features["ChatReset"].Dependencies);
        Assert.Equal(["ChatReset", "OrchardCore.Widgets"], features["ChatReset.Widgets"].Dependencies);
    }

    [Fact]
    public void EveryStartupNamesAFeatureTheManifestDeclares()
    {
        // Orchard runs a startup only for an enabled feature; one without [Feature] would belong to a feature named
        // ChatReset.Module, which does not exist, and silently never run.
        var declared = Module.GetCustomAttributes<FeatureAttribute>().Where(f => f is not ModuleAttribute).Select(f => (string?)f.Id).ToHashSet();
        var startups = Module.GetTypes().Where(t => typeof(OrchardCore.Modules.StartupBase).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        Assert.Equal(4, startups.Count);
        Assert.All(startups, startup => Assert.Contains(startup.GetCustomAttribute<OrchardCore.Modules.FeatureAttribute>()?.FeatureName, declared));
    }
}
