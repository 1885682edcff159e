namespace OrchardCore.Deployment;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Deployment.Abstractions/DeploymentStep.cs
public abstract class DeploymentStep
{
    public string Id { get; set; }

    public string Name { get; set; }
}
