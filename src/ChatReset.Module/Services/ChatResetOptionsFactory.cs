using ChatReset.Core;
using ChatReset.Module.Settings;

namespace ChatReset.Module.Services;

/// <summary>The one place that turns the stored settings and the host's options into Core's <see cref="ChatResetOptions"/>.</summary>
internal static class ChatResetOptionsFactory
{
    public static ChatResetOptions Create(ChatDeploymentSettings deployment, ChatWording wording, ChatResetShellOptions host)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(wording);
        ArgumentNullException.ThrowIfNull(host);

        return new ChatResetOptions
        {
            OrgId = deployment.OrgId,
            DeploymentApiName = deployment.DeploymentApiName,
            SiteUrl = deployment.SiteUrl,
            Scrt2Url = deployment.Scrt2Url,
            Language = string.IsNullOrWhiteSpace(deployment.Language) ? ChatResetOptions.DefaultLanguage : deployment.Language,
            BootstrapUrl = string.IsNullOrWhiteSpace(deployment.BootstrapUrl) ? null : deployment.BootstrapUrl,
            AllowedLocalBootstrapPath = string.IsNullOrWhiteSpace(host.AllowedLocalBootstrapPath) ? null : host.AllowedLocalBootstrapPath,
            ProductionMode = host.ForceProductionMode || deployment.ProductionMode,
            LoadOnInteraction = deployment.LoadOnInteraction,
            EndOfChatMessage = wording.EndOfChatMessage,
            RestartLabel = wording.RestartLabel,
            DismissLabel = wording.DismissLabel,
            LauncherLabel = wording.LauncherLabel,
        };
    }
}
