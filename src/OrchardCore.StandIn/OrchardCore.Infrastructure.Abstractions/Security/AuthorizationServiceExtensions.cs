using System.Security.Claims;
using OrchardCore.Security;
using OrchardCore.Security.Permissions;

namespace Microsoft.AspNetCore.Authorization;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Infrastructure.Abstractions/Security/AuthorizationServiceExtensions.cs
public static class AuthorizationServiceExtensions
{
    public static Task<bool> AuthorizeAsync(this IAuthorizationService service, ClaimsPrincipal user, Permission permission)
        => AuthorizeAsync(service, user, permission, null);

    public static async Task<bool> AuthorizeAsync(this IAuthorizationService service, ClaimsPrincipal user, Permission permission, object resource)
    {
        ArgumentNullException.ThrowIfNull(service);

        if (user == null)
        {
            return false;
        }

        return (await service.AuthorizeAsync(user, resource, new PermissionRequirement(permission)).ConfigureAwait(false)).Succeeded;
    }
}
