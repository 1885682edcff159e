using Microsoft.AspNetCore.Authorization;
using OrchardCore.Security.Permissions;

namespace OrchardCore.Security;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Infrastructure.Abstractions/Security/PermissionRequirement.cs
public class PermissionRequirement : IAuthorizationRequirement
{
    public PermissionRequirement(Permission permission)
    {
        ArgumentNullException.ThrowIfNull(permission);

        Permission = permission;
    }

    public Permission Permission { get; set; }
}
