namespace OrchardCore.Deployment;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Deployment.Abstractions/IDeploymentStepFactory.cs
// The steps a deployment plan offers are the registered factories; Name identifies the step kind.
public interface IDeploymentStepFactory
{
    string Name { get; }

    DeploymentStep Create();
}
