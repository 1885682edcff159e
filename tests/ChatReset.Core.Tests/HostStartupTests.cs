using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatReset.Core.Tests;

/// <summary>These tests set process environment variables, so they run alone.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

[Collection(nameof(ProcessEnvironment))]
public sealed class HostStartupTests
{
    private static Dictionary<string, string?> ValidSettings() => new()
    {
        ["ChatReset:OrgId"] = ValidOptions.OrgId15,
        ["ChatReset:DeploymentApiName"] = "ESA_Web_Deployment",
        ["ChatReset:SiteUrl"] = "https://acme.my.site.com/ESWWeb1700000000000",
        ["ChatReset:Scrt2Url"] = "https://acme.my.salesforce-scrt.com",
    };

    private static WebApplication BuildApp(Dictionary<string, string?> settings, Action<ChatResetOptions>? configure = null)
        => ConfiguredApp.Build(settings, configure);

    private static async Task<OptionsValidationException> StartupFailure(
        Dictionary<string, string?> settings, Action<ChatResetOptions>? configure = null)
    {
        await using var app = BuildApp(settings, configure);
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }

    private static async Task<ChatResetOptions> StartAndReadOptions(Dictionary<string, string?> settings)
    {
        await using var app = BuildApp(settings);
        await app.StartAsync();
        var options = app.Services.GetRequiredService<IOptions<ChatResetOptions>>().Value;
        await app.StopAsync();
        return options;
    }

    [Fact]
    public async Task Invalid_settings_stop_startup_with_a_message_per_bad_field()
    {
        var settings = ValidSettings();
        settings["ChatReset:OrgId"] = "<script>alert(1)</script>";
        settings["ChatReset:SiteUrl"] = "https://evil-my.site.com/ESWWeb1700000000000";
        var error = await StartupFailure(settings);

        Assert.Equal(2, error.Failures.Count());
        Assert.Contains(nameof(ChatResetOptions.OrgId), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ChatResetOptions.SiteUrl), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("evil-my", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_settings_stop_startup()
    {
        var error = await StartupFailure([]);

        Assert.Contains(nameof(ChatResetOptions.DeploymentApiName), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_settings_start_and_are_bound()
    {
        var settings = ValidSettings();
        settings["ChatReset:LoadOnInteraction"] = "true";
        settings["ChatReset:Language"] = "fr";
        var options = await StartAndReadOptions(settings);

        Assert.Equal(ValidOptions.OrgId15, options.OrgId);
        Assert.Equal("fr", options.Language);
        Assert.True(options.LoadOnInteraction);
        Assert.Equal(ChatResetOptions.DefaultEndOfChatMessage, options.EndOfChatMessage);
    }

    [Fact]
    public async Task The_configure_callback_is_validated_too()
    {
        var error = await StartupFailure(ValidSettings(), o => o.RestartLabel = new string('x', 81));

        Assert.Contains(nameof(ChatResetOptions.RestartLabel), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Environment_variables_bind_with_double_underscores_and_are_validated()
    {
        var variables = new Dictionary<string, string>
        {
            ["ChatReset__OrgId"] = ValidOptions.To18(ValidOptions.OrgId15),
            ["ChatReset__DeploymentApiName"] = "Enhanced_Chat",
            ["ChatReset__SiteUrl"] = "https://acme--uat.sandbox.my.site.com/ESWWeb1700000000000",
            ["ChatReset__Scrt2Url"] = "https://acme--uat.sandbox.my.salesforce-scrt.com",
            ["ChatReset__ProductionMode"] = "false",
        };
        try
        {
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            var options = await StartAndReadOptions([]);
            Assert.Equal(variables["ChatReset__OrgId"], options.OrgId);
            Assert.Equal("Enhanced_Chat", options.DeploymentApiName);
            Assert.Equal(variables["ChatReset__Scrt2Url"], options.Scrt2Url);
            Assert.False(options.ProductionMode);

            Environment.SetEnvironmentVariable("ChatReset__Scrt2Url", "https://acme.my.salesforce-scrt.com/path");
            var error = await StartupFailure([]);
            Assert.Contains(nameof(ChatResetOptions.Scrt2Url), error.Message, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var name in variables.Keys)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }

    [Fact]
    public async Task TryValidateChatResetSettings_reports_each_bad_field_on_one_short_line_before_the_host_starts()
    {
        var settings = ValidSettings();
        settings["ChatReset:OrgId"] = "<script>alert(1)</script>";
        settings["ChatReset:Scrt2Url"] = "http://acme.my.salesforce-scrt.com";
        await using var app = BuildApp(settings);
        using var errors = new StringWriter();

        Assert.False(app.TryValidateChatResetSettings(errors));

        var lines = errors.ToString().TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("ChatReset cannot start", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.Contains(nameof(ChatResetOptions.OrgId), StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(nameof(ChatResetOptions.Scrt2Url), StringComparison.Ordinal));
        Assert.DoesNotContain("<script>", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryValidateChatResetSettings_lets_valid_settings_through_silently()
    {
        await using var app = BuildApp(ValidSettings());
        using var errors = new StringWriter();

        Assert.True(app.TryValidateChatResetSettings(errors));
        Assert.Equal(string.Empty, errors.ToString());
    }
}
