namespace OrchardCore.Modules;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Abstractions/Modules/FeatureAttribute.cs
// The class-level [Feature("Id")] that ties a startup or service to a feature (distinct from the manifest one).
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public class FeatureAttribute : Attribute
{
    public FeatureAttribute(string featureName)
    {
        FeatureName = featureName;
    }

    public string FeatureName { get; set; }
}
