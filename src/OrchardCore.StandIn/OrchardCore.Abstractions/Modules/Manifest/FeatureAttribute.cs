namespace OrchardCore.Modules.Manifest;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Abstractions/Modules/Manifest/FeatureAttribute.cs
// Only the named-argument surface that manifests use; the stand-in keeps values as set, without upstream's
// trimming/splitting helpers, because nothing reads a manifest at run time here.
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public class FeatureAttribute : Attribute
{
    private string _id;
    private string _name;

    public FeatureAttribute()
    {
    }

    public virtual bool Exists => !string.IsNullOrEmpty(_id);

    public virtual string Id
    {
        get => _id;
        set
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidOperationException("When initializing a feature, the Id must be provided.");
            }

            _id = value.Trim();
        }
    }

    public virtual string Name
    {
        get => string.IsNullOrEmpty(_name) ? _id : _name;
        set => _name = value?.Trim();
    }

    public virtual string Description { get; set; } = string.Empty;

    public virtual string[] Dependencies { get; set; } = [];

    public virtual string Priority { get; set; } = "0";

    public virtual string Category { get; set; } = string.Empty;

    public virtual bool DefaultTenantOnly { get; set; }

    public virtual bool IsAlwaysEnabled { get; set; }

    public virtual bool EnabledByDependencyOnly { get; set; }
}
