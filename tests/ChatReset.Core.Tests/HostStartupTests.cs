using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
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
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddChatReset(builder.Configuration, configure);
        return builder.Build();
    }

    [Fact]
    public async Task Invalid_settings_stop_startup_with_a_message_per_bad_field()
    {
        var settings = ValidSettings();
        settings["ChatReset:OrgId"] = "<script>alert(1)</script>";
        settings["ChatReset:SiteUrl"] = "https://evil-my.site.com/ESWWeb1700000000000";
        await using var app = BuildApp(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Equal(2, error.Failures.Count());
        Assert.Contains(nameof(ChatResetOptions.OrgId), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ChatResetOptions.SiteUrl), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("evil-my", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_settings_stop_startup()
    {
        await using var app = BuildApp([]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(nameof(ChatResetOptions.DeploymentApiName), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_settings_start_and_are_bound()
    {
        var settings = ValidSettings();
        settings["ChatReset:LoadOnInteraction"] = "true";
        settings["ChatReset:Language"] = "fr";
        await using var app = BuildApp(settings);

        await app.StartAsync();
        var options = app.Services.GetRequiredService<IOptions<ChatResetOptions>>().Value;
        await app.StopAsync();

        Assert.Equal(ValidOptions.OrgId15, options.OrgId);
        Assert.Equal("fr", options.Language);
        Assert.True(options.LoadOnInteraction);
        Assert.Equal(ChatResetOptions.DefaultEndOfChatMessage, options.EndOfChatMessage);
    }

    [Fact]
    public async Task The_configure_callback_is_validated_too()
    {
        await using var app = BuildApp(ValidSettings(), o => o.RestartLabel = new string('x', 81));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

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

            await using (var app = BuildApp([]))
            {
                await app.StartAsync();
                var options = app.Services.GetRequiredService<IOptions<ChatResetOptions>>().Value;
                await app.StopAsync();

                Assert.Equal(variables["ChatReset__OrgId"], options.OrgId);
                Assert.Equal("Enhanced_Chat", options.DeploymentApiName);
                Assert.Equal(variables["ChatReset__Scrt2Url"], options.Scrt2Url);
                Assert.False(options.ProductionMode);
            }

            Environment.SetEnvironmentVariable("ChatReset__Scrt2Url", "https://acme.my.salesforce-scrt.com/path");
            await using (var app = BuildApp([]))
            {
                var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
                Assert.Contains(nameof(ChatResetOptions.Scrt2Url), error.Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            foreach (var name in variables.Keys)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }
}
