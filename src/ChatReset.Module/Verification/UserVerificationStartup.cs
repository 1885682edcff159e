using ChatReset.Core.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.Modules;

namespace ChatReset.Module.Verification;

/// <summary>
/// Verified chat for the site's users (feature "ChatReset"): its section of the Salesforce Chat page, its settings and
/// keys from the site settings, and the token and JWKS endpoints under the tenant's path.
/// </summary>
[Feature(ChatResetConstants.Features.ChatReset)]
public sealed class UserVerificationStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        // Orchard Core sets up Data Protection per tenant; ChatReset only asks it for a protector.
        services.AddChatResetUserVerificationCore();
        services.TryAddScoped<OrchardUserVerificationSource>();
        services.TryAddScoped<IUserVerificationSettingsSource>(provider => provider.GetRequiredService<OrchardUserVerificationSource>());
        services.TryAddScoped<IUserVerificationKeyStore>(provider => provider.GetRequiredService<OrchardUserVerificationSource>());
        services.AddSiteDisplayDriver<UserVerificationSettingsDisplayDriver>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
        => routes.MapChatResetUserVerification();
}
