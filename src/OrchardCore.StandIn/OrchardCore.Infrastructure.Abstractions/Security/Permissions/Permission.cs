namespace OrchardCore.Security.Permissions;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Infrastructure.Abstractions/Security/Permissions/Permission.cs
public class Permission
{
    public const string ClaimType = "Permission";

    public Permission(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        Name = name;
    }

    public Permission(string name, string description, bool isSecurityCritical = false)
        : this(name)
    {
        Description = description;
        IsSecurityCritical = isSecurityCritical;
    }

    public string Name { get; }

    public string Description { get; set; }

    public bool IsSecurityCritical { get; }
}
