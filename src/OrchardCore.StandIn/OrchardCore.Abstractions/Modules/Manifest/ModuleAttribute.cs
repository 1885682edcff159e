namespace OrchardCore.Modules.Manifest;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Abstractions/Modules/Manifest/ModuleAttribute.cs
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public class ModuleAttribute : FeatureAttribute
{
    private string _type;

    public ModuleAttribute()
    {
    }

    public virtual string Type
    {
        get => _type ??= GetType().Name.EndsWith(nameof(Attribute), StringComparison.Ordinal)
            ? GetType().Name[..^nameof(Attribute).Length]
            : GetType().Name;
        protected internal set => _type = value?.Trim();
    }

    public virtual string Author { get; set; } = string.Empty;

    public virtual string Website { get; set; } = string.Empty;

    public virtual string Version { get; set; } = "0.0";

    public virtual string[] Tags { get; set; } = [];

    public virtual List<FeatureAttribute> Features { get; } = [];
}
