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
}
