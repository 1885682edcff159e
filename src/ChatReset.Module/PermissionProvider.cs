using OrchardCore;
using OrchardCore.Security.Permissions;

namespace ChatReset.Module;

/// <summary>
/// Declares ChatReset's permissions. Administrators get both; Editors may change the wording visitors read but
/// not where the chat connects to.
/// </summary>
public sealed class PermissionProvider : IPermissionProvider
{
    private readonly IEnumerable<Permission> _allPermissions =
    [
        ChatResetPermissions.ManageChatDeployment,
        ChatResetPermissions.EditChatWording,
    ];

    public Task<IEnumerable<Permission>> GetPermissionsAsync()
        => Task.FromResult(_allPermissions);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new PermissionStereotype
        {
            Name = OrchardCoreConstants.Roles.Administrator,
            Permissions = _allPermissions,
        },
        new PermissionStereotype
        {
            Name = OrchardCoreConstants.Roles.Editor,
            Permissions = [ChatResetPermissions.EditChatWording],
        },
    ];
}
