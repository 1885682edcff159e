using ChatReset.Core.Deployments;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatReset.Core.Tests.Deployments;

/// <summary>Additional deployments in the <c>ChatReset</c> section of a plain ASP.NET Core host: bound and checked on start.</summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class DeploymentsStartupTests
{
    private static WebApplication BuildApp(Dictionary<string, string?> deployments)
        => ConfiguredApp.Build(ConfiguredApp.ValidDeployment(deploymentApiName: "English_Web")
            .Append(new("ChatReset:EndOfChatMessage", "Chat ended."))
            .Concat(deployments));

    [Fact]
    public async Task A_French_deployment_takes_its_own_settings_over_the_sections_and_serves_French_pages()
    {
        await using var app = BuildApp(new()
        {
            ["ChatReset:Deployments:0:Name"] = "French",
            ["ChatReset:Deployments:0:Cultures:0"] = "fr",
            ["ChatReset:Deployments:0:DeploymentApiName"] = "French_Web",
            ["ChatReset:Deployments:0:Language"] = "fr",
            ["ChatReset:Deployments:0:EndOfChatMessage"] = "Discussion terminée.",
        });
        await app.StartAsync();

        var defaults = app.Services.GetRequiredService<IOptions<ChatResetOptions>>().Value;
        var deployments = app.Services.GetRequiredService<IOptions<ChatResetDeploymentsOptions>>().Value;
        var french = deployments.OptionsFor(defaults, new ChatResetDeploymentPage("/", "fr-FR"));
        var english = deployments.OptionsFor(defaults, new ChatResetDeploymentPage("/", "en-US"));

        Assert.Equal(("French_Web", "fr", "Discussion terminée.", ValidOptions.OrgId15), (french.DeploymentApiName, french.Language, french.EndOfChatMessage, french.OrgId));
        Assert.Same(defaults, english);
        await app.StopAsync();
    }

    [Fact]
    public void A_changed_configuration_reaches_the_deployments_too()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatReset:OrgId"] = ValidOptions.OrgId15,
            ["ChatReset:DeploymentApiName"] = "English_Web",
            ["ChatReset:SiteUrl"] = "https://acme.my.site.com/ESWWeb1700000000000",
            ["ChatReset:Scrt2Url"] = "https://acme.my.salesforce-scrt.com",
            ["ChatReset:Deployments:0:Name"] = "French",
            ["ChatReset:Deployments:0:DeploymentApiName"] = "French_Web",
        }).Build();
        using var services = new ServiceCollection().AddChatReset(configuration).BuildServiceProvider();
        var monitor = services.GetRequiredService<IOptionsMonitor<ChatResetDeploymentsOptions>>();
        Assert.Equal("French_Web", monitor.CurrentValue.Deployments[0]!.Options.DeploymentApiName);

        configuration["ChatReset:Deployments:0:DeploymentApiName"] = "French_Web_2";
        configuration["ChatReset:OrgId"] = ValidOptions.To18(ValidOptions.OrgId15);
        configuration.Reload();

        Assert.Equal(("French_Web_2", ValidOptions.To18(ValidOptions.OrgId15)),
            (monitor.CurrentValue.Deployments[0]!.Options.DeploymentApiName, monitor.CurrentValue.Deployments[0]!.Options.OrgId));
    }

    [Fact]
    public async Task A_bad_deployment_stops_startup_with_messages_naming_it()
    {
        await using var app = BuildApp(new()
        {
            ["ChatReset:Deployments:0:Name"] = "French",
            ["ChatReset:Deployments:0:Cultures:0"] = "not a culture",
            ["ChatReset:Deployments:0:Scrt2Url"] = "https://evil.example",
        });
        using var output = new StringWriter();

        Assert.False(app.TryValidateChatResetSettings(output));

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines[1..], line => Assert.StartsWith("  - Deployment French (row 1): ", line, StringComparison.Ordinal));
        Assert.Contains("Cultures", lines[1], StringComparison.Ordinal);
        Assert.Contains("SCRT2 URL", lines[2], StringComparison.Ordinal);
    }
}
