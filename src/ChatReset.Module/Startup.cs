using ChatReset.Module.Drivers;
using ChatReset.Module.Recipes;
using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.Environment.Shell.Configuration;
using OrchardCore.Modules;
using OrchardCore.Navigation;
using OrchardCore.Recipes;
using OrchardCore.Security.Permissions;
using OrchardCore.Settings.Deployment;

namespace ChatReset.Module;

/// <summary>Feature "ChatReset": permissions, the two settings pages, their menu, and the site options service.</summary>
[Feature(ChatResetConstants.Features.ChatReset)]
public sealed class Startup : StartupBase
{
    private readonly IShellConfiguration _shellConfiguration;

    public Startup(IShellConfiguration shellConfiguration)
    {
        _shellConfiguration = shellConfiguration;
    }

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddChatResetServices();

        // The host's say over the chat (forced production mode, a simulated client's path); legacy key first, so
        // that the current one wins.
        services.Configure<ChatResetShellOptions>(_shellConfiguration.GetSection(ChatResetShellOptions.LegacySectionName));
        services.Configure<ChatResetShellOptions>(_shellConfiguration.GetSection(ChatResetShellOptions.SectionName));

        services.AddPermissionProvider<PermissionProvider>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizationHandler, ChatSettingsGroupAuthorizationHandler>());
        services.AddNavigationProvider<AdminMenu>();
        services.AddSiteDisplayDriver<ChatDeploymentSettingsDisplayDriver>();
        services.AddSiteDisplayDriver<ChatWordingSettingsDisplayDriver>();

        services.TryAddScoped<SiteCultures>();
        services.TryAddSingleton<ChatResetSiteOptionsCache>();
        services.TryAddScoped<IChatResetSiteOptions, ChatResetSiteOptions>();
        services.AddRecipeExecutionStep<ChatResetSettingsStep>();
    }
}

/// <summary>Export of both settings through deployment plans; imported back by the standard "settings" recipe step.</summary>
[Feature(ChatResetConstants.Features.ChatReset)]
[RequireFeatures("OrchardCore.Deployment")]
public sealed class DeploymentStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSiteSettingsPropertyDeploymentStep<ChatDeploymentSettings, DeploymentStartup>(
            S => S["Salesforce Chat settings"],
            S => S["Exports the Salesforce chat deployment (org, deployment, URLs and switches)."]);
        services.AddSiteSettingsPropertyDeploymentStep<ChatWordingSettings, DeploymentStartup>(
            S => S["Chat Wording settings"],
            S => S["Exports the chat's end-of-chat message and button labels for every culture."]);
    }
}
