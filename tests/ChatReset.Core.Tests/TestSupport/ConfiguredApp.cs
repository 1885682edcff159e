using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatReset.Core.Tests;

/// <summary>A plain ASP.NET Core app on a free port of 127.0.0.1, in Production, with ChatReset added from its configuration as a site adds it.</summary>
internal static class ConfiguredApp
{
    /// <summary>The four values a deployment needs, valid: tests add settings after them, and a later value wins.</summary>
    public static Dictionary<string, string?> ValidDeployment(string orgId = ValidOptions.OrgId15, string deploymentApiName = "ESA_Web_Deployment") => new()
    {
        ["ChatReset:OrgId"] = orgId,
        ["ChatReset:DeploymentApiName"] = deploymentApiName,
        ["ChatReset:SiteUrl"] = "https://acme.my.site.com/ESWWeb1700000000000",
        ["ChatReset:Scrt2Url"] = "https://acme.my.salesforce-scrt.com",
    };

    public static WebApplication Build(IEnumerable<KeyValuePair<string, string?>> settings, Action<ChatResetOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddChatReset(builder.Configuration, configure);
        return builder.Build();
    }
}
