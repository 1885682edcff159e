using OrchardCore.Deployment;

namespace OrchardCore.Settings.Deployment;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Settings.Core/Deployment/SiteSettingsPropertyDeploymentStep.cs
// Upstream names the step "<TModel>_SiteSettingsPropertyDeploymentStep"; the stand-in keeps that name.
public class SiteSettingsPropertyDeploymentStep<TModel> : DeploymentStep
    where TModel : class, new()
{
    public SiteSettingsPropertyDeploymentStep()
    {
        Name = $"{typeof(TModel).Name}_SiteSettingsPropertyDeploymentStep";
    }
}
