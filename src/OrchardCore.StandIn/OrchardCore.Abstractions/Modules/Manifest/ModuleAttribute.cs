namespace OrchardCore.Modules.Manifest;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Abstractions/Modules/Manifest/ModuleAttribute.cs
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public class ModuleAttribute : FeatureAttribute
{
    public virtual string Author { get; set; } = string.Empty;

    public virtual string Website { get; set; } = string.Empty;

    public virtual string Version { get; set; } = "0.0";
}
