using OrchardCore.Deployment;

namespace OrchardCore.Settings.Deployment;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Settings.Core/Deployment/SiteSettingsPropertyDeploymentStepFactory.cs
public class SiteSettingsPropertyDeploymentStepFactory<TModel> : IDeploymentStepFactory
    where TModel : class, new()
{
    public string Name => new SiteSettingsPropertyDeploymentStep<TModel>().Name;

    public DeploymentStep Create() => new SiteSettingsPropertyDeploymentStep<TModel>();
}
