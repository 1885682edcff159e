using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using OrchardCore.Environment.Shell.Configuration;
using OrchardCore.Security;
using OrchardCore.Security.Permissions;

namespace ChatReset.Module.Tests;

/// <summary>
/// Orchard Core 2.x's settings page (Admin/Settings/{groupId}) authorizes "ManageResourceSettings" with the group id
/// as resource before any driver runs. These ask that question as the page does, with the module's services and a
/// stand-in for Orchard's role handler that grants the permissions a user's roles hold.
/// </summary>
public sealed class ChatSettingsGroupAuthorizationHandlerTests
{
    // OrchardCore.Settings: Permissions.ManageGroupSettings, implied by ManageSettings only.
    private static readonly Permission ManageGroupSettings = new("ManageResourceSettings", "Manage settings");

    /// <summary>Grants what the user's roles hold, as Orchard's RolesPermissionsHandler does from "Permission" claims.</summary>
    private sealed class RolePermissionsHandler : AuthorizationHandler<PermissionRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
        {
            if (context.User.HasClaim(Permission.ClaimType, requirement.Permission.Name))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }

    private static async Task<bool> CanOpenSettingsPageAsync(string groupId, params string[] granted)
    {
        var shell = new Mock<IShellConfiguration>();
        shell.Setup(c => c.GetSection(It.IsAny<string>())).Returns((string key) => new ConfigurationBuilder().Build().GetSection(key));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorization();
        services.AddScoped<IAuthorizationHandler, RolePermissionsHandler>();
        new Startup(shell.Object).ConfigureServices(services);

        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var user = new ClaimsPrincipal(new ClaimsIdentity(granted.Select(p => new Claim(Permission.ClaimType, p)), "Test"));
        return await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, ManageGroupSettings, (object)groupId);
    }

    [Theory]
    [InlineData("EditChatWording", "chatreset-wording")]
    [InlineData("ManageChatDeployment", "chatreset-deployment")]
    [InlineData("ManageChatDeployment", "ChatReset-Deployment")]
    public async Task A_user_with_a_pages_own_permission_can_open_that_page(string permission, string groupId)
    {
        Assert.True(await CanOpenSettingsPageAsync(groupId, permission));
    }

    [Theory]
    [InlineData("EditChatWording", "chatreset-deployment")]
    [InlineData("ManageChatDeployment", "chatreset-wording")]
    [InlineData("EditChatWording", "general")]
    [InlineData("ManageChatDeployment", "email")]
    public async Task A_chat_permission_opens_no_other_settings_page(string permission, string groupId)
    {
        Assert.False(await CanOpenSettingsPageAsync(groupId, permission));
    }

    [Fact]
    public async Task Without_a_chat_permission_the_pages_stay_closed()
    {
        Assert.False(await CanOpenSettingsPageAsync("chatreset-wording"));
        Assert.False(await CanOpenSettingsPageAsync("chatreset-deployment", "AccessAdminPanel"));
    }
}
