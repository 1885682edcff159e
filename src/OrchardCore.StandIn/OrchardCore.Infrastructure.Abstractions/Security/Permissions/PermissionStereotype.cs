namespace OrchardCore.Security.Permissions;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Infrastructure.Abstractions/Security/Permissions/PermissionStereotype.cs
public class PermissionStereotype
{
    public string Name { get; set; }

    public IEnumerable<Permission> Permissions { get; set; }
}
