namespace OrchardCore.Modules;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Abstractions/Modules/RequireFeaturesAttribute.cs
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public class RequireFeaturesAttribute : Attribute
{
    public RequireFeaturesAttribute(params string[] featureNames)
    {
        RequiredFeatureNames = featureNames;
    }

    public IList<string> RequiredFeatureNames { get; }
}
