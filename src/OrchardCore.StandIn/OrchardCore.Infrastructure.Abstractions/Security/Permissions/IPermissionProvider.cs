namespace OrchardCore.Security.Permissions;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Infrastructure.Abstractions/Security/Permissions/IPermissionProvider.cs
public interface IPermissionProvider
{
    Task<IEnumerable<Permission>> GetPermissionsAsync();

    IEnumerable<PermissionStereotype> GetDefaultStereotypes();
}
