using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.Modules;
using OrchardCore.Settings.Deployment;

namespace ChatReset.Module.PageContext;

/// <summary>Feature "ChatReset": the hidden pre-chat field section of the Salesforce Chat page and the page facts.</summary>
[Feature(ChatResetConstants.Features.ChatReset)]
public sealed class PageContextStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSiteDisplayDriver<ChatPageContextSettingsDisplayDriver>();
        services.TryAddScoped<OrchardPageContext>();
    }
}

/// <summary>Export of the mapping through deployment plans; imported back by the standard "settings" recipe step.</summary>
[Feature(ChatResetConstants.Features.ChatReset)]
[RequireFeatures("OrchardCore.Deployment")]
public sealed class PageContextDeploymentStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
        => services.AddSiteSettingsPropertyDeploymentStep<ChatPageContextSettings, PageContextDeploymentStartup>(
            S => S["Chat page context settings"],
            S => S["Exports the hidden pre-chat fields the chat fills with page facts."]);
}
