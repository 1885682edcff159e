using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using OrchardCore.Security;
using OrchardCore.Security.Permissions;

namespace ChatReset.Module;

/// <summary>
/// Lets a user with a ChatReset settings page's own permission open that page. Orchard Core 2.x's settings controller
/// asks for its "manage group settings" permission with the group id as resource, which only ManageSettings implies
/// (OrchardCMS/OrchardCore#5328); without this an Editor would see "Chat Wording" in the menu and be refused the page,
/// or would need ManageSettings, which opens the site's general settings too. Only ChatReset's two groups are answered,
/// and each only for its own permission, so the deployment page stays closed to wording editors.
/// </summary>
public sealed class ChatSettingsGroupAuthorizationHandler : AuthorizationHandler<PermissionRequirement>
{
    // OrchardCore.Settings' Permissions.ManageGroupSettings (2.x; SettingsPermissions.ManageGroupSettings later), asked
    // by its AdminController for Admin/Settings/{groupId}. Matched by name: the Settings module is not a library.
    internal const string ManageGroupSettingsPermissionName = "ManageResourceSettings";

    // IAuthorizationService is resolved per call: taking it in the constructor would make it depend on its own handlers.
    private readonly IServiceProvider _serviceProvider;

    public ChatSettingsGroupAuthorizationHandler(IServiceProvider serviceProvider)
    {
        _serviceProvider = serviceProvider;
    }

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);

        if (context.HasSucceeded
            || !string.Equals(requirement.Permission?.Name, ManageGroupSettingsPermissionName, StringComparison.Ordinal)
            || context.Resource is not string groupId
            || PagePermission(groupId) is not { } permission)
        {
            return;
        }

        var authorizationService = _serviceProvider.GetRequiredService<IAuthorizationService>();
        if (await authorizationService.AuthorizeAsync(context.User, permission))
        {
            context.Succeed(requirement);
        }
    }

    private static Permission? PagePermission(string groupId)
    {
        if (string.Equals(groupId, ChatResetConstants.SettingsGroups.Deployment, StringComparison.OrdinalIgnoreCase))
        {
            return ChatResetPermissions.ManageChatDeployment;
        }

        return string.Equals(groupId, ChatResetConstants.SettingsGroups.Wording, StringComparison.OrdinalIgnoreCase)
            ? ChatResetPermissions.EditChatWording
            : null;
    }
}
