using Microsoft.Extensions.DependencyInjection;
using OrchardCore.Modules;
using OrchardCore.Security.Permissions;

namespace ChatReset.Module;

/// <summary>Feature "ChatReset": permissions, settings pages and the options service.</summary>
[Feature(ChatResetConstants.Features.ChatReset)]
public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddChatResetServices();
        services.AddPermissionProvider<PermissionProvider>();
    }
}
