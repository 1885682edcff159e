using System.Diagnostics;

namespace ChatReset.Module.Tests;

/// <summary>
/// The Orchard Core build switch (Directory.Build.targets), run through MSBuild itself: the stand-in can never be
/// shipped, and a build says which Orchard Core it compiled against. Targets are invoked directly, so nothing is
/// restored or compiled and the real packages are not needed to check the Packages side.
/// </summary>
public sealed class BuildSwitchTests
{
    private static readonly string ModuleProject = RepositoryRoot.PathOf("src/ChatReset.Module/ChatReset.Module.csproj");

    [Fact]
    public async Task Packing_the_module_against_the_stand_in_fails_with_a_clear_message()
    {
        var (exitCode, output) = await MSBuildAsync("ChatResetRefuseStandInPack");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ChatReset.Module was compiled against the Orchard Core stand-in and must not be packed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Packing_against_the_real_packages_is_not_refused()
    {
        var (exitCode, output) = await MSBuildAsync("ChatResetRefuseStandInPack", "-p:OrchardCoreSource=Packages");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("must not be packed", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("StandIn", null, "ChatReset.Module: compiled against the Orchard Core STAND-IN (src/OrchardCore.StandIn, the 3.x API)")]
    [InlineData("StandIn", "2.2.1", "ChatReset.Module: compiled against the Orchard Core STAND-IN (src/OrchardCore.StandIn, the 2.x API)")]
    [InlineData("Packages", null, "ChatReset.Module: compiled against the Orchard Core packages, version 3.0.1.")]
    [InlineData("Packages", "2.2.1", "ChatReset.Module: compiled against the Orchard Core packages, version 2.2.1.")]
    public async Task The_build_says_which_Orchard_Core_it_compiled_against(string source, string? version, string expected)
    {
        string[] switches = version is null ? [$"-p:OrchardCoreSource={source}"] : [$"-p:OrchardCoreSource={source}", $"-p:OrchardCoreVersion={version}"];

        var (exitCode, output) = await MSBuildAsync("ChatResetReportOrchardCore", switches);

        Assert.Equal(0, exitCode);
        Assert.Single(output.Split('\n'), line => line.Contains("compiled against", StringComparison.Ordinal));
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_switch_value_stops_the_build()
    {
        var (exitCode, output) = await MSBuildAsync("ChatResetCheckOrchardCoreSource", "-p:OrchardCoreSource=Nightly");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("OrchardCoreSource must be StandIn or Packages, not 'Nightly'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_Orchard_Core_version_stops_the_build()
    {
        var (exitCode, output) = await MSBuildAsync("ChatResetCheckOrchardCoreVersion", "-p:OrchardCoreVersion=1.8.4");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("OrchardCoreVersion must be a 2.2.x or 3.0.x version, not '1.8.4'", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> MSBuildAsync(string target, params string[] properties)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["msbuild", ModuleProject, $"-t:{target}", "-nologo", "-v:minimal", .. properties])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
