using ChatReset.Core;
using ChatReset.Core.Deployments;
using ChatReset.Module.Settings;

namespace ChatReset.Module.Services;

/// <summary>The one place that turns the stored settings and the host's options into Core's <see cref="ChatResetOptions"/>.</summary>
internal static class ChatResetOptionsFactory
{
    /// <summary>The deployment under the host's options, with Core's built-in wording.</summary>
    public static ChatResetOptions Create(ChatDeploymentFields deployment, ChatResetShellOptions host)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(host);

        return new ChatResetOptions
        {
            OrgId = deployment.OrgId,
            DeploymentApiName = deployment.DeploymentApiName,
            SiteUrl = deployment.SiteUrl,
            Scrt2Url = deployment.Scrt2Url,
            // The settings page promises that an empty language means Core's default.
            Language = ChatSettingsValidation.Clean(deployment.Language) ?? ChatResetOptions.DefaultLanguage,
            BootstrapUrl = deployment.BootstrapUrl,
            AllowedLocalBootstrapPath = host.AllowedLocalBootstrapPath,
            ProductionMode = host.ForceProductionMode || deployment.ProductionMode,
            LoadOnInteraction = deployment.LoadOnInteraction,
        };
    }

    /// <summary>An additional deployment as Core checks and chooses it: its name and rules, and its options.</summary>
    public static ChatResetDeploymentEntry CreateEntry(NamedChatDeployment deployment, ChatResetShellOptions host)
    {
        ArgumentNullException.ThrowIfNull(deployment);

        var rules = new ChatResetDeployment
        {
            Name = deployment.Name,
            Cultures = deployment.Cultures ?? [],
            PathPrefixes = deployment.PathPrefixes ?? [],
            Layers = deployment.Layers ?? [],
        };
        return new ChatResetDeploymentEntry(rules, Create(deployment, host));
    }

    /// <summary><paramref name="options"/> with <paramref name="wording"/>, field for field (an empty field stays empty).</summary>
    public static ChatResetOptions WithWording(this ChatResetOptions options, ChatWording wording)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(wording);

        return options with
        {
            EndOfChatMessage = wording.EndOfChatMessage,
            RestartLabel = wording.RestartLabel,
            DismissLabel = wording.DismissLabel,
            LauncherLabel = wording.LauncherLabel,
        };
    }
}
