namespace OrchardCore.Modules.Manifest;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Abstractions/Modules/Manifest/FeatureAttribute.cs
// Only the named arguments ChatReset's manifests use, kept as set: nothing reads a manifest at run time here.
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public class FeatureAttribute : Attribute
{
    public virtual string Id { get; set; }

    public virtual string Name { get; set; }

    public virtual string Description { get; set; } = string.Empty;

    public virtual string[] Dependencies { get; set; } = [];

    public virtual string Category { get; set; } = string.Empty;
}
