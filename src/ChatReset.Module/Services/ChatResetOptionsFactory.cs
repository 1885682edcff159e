using ChatReset.Core;
using ChatReset.Module.Settings;

namespace ChatReset.Module.Services;

/// <summary>The one place that turns the two stored settings into Core's <see cref="ChatResetOptions"/>.</summary>
internal static class ChatResetOptionsFactory
{
    /// <summary>The fields without which Salesforce's bootstrap cannot start a chat, in page order, that are empty.</summary>
    public static IReadOnlyList<string> MissingRequiredFields(ChatResetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        (string Field, string? Value)[] required =
        [
            (nameof(ChatResetOptions.OrgId), options.OrgId),
            (nameof(ChatResetOptions.DeploymentApiName), options.DeploymentApiName),
            (nameof(ChatResetOptions.SiteUrl), options.SiteUrl),
            (nameof(ChatResetOptions.Scrt2Url), options.Scrt2Url),
        ];

        return required.Where(r => string.IsNullOrWhiteSpace(r.Value)).Select(r => r.Field).ToList();
    }

    public static ChatResetOptions Create(ChatDeploymentSettings deployment, ChatWording wording, bool forceProductionMode)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(wording);

        return new ChatResetOptions
        {
            OrgId = deployment.OrgId,
            DeploymentApiName = deployment.DeploymentApiName,
            SiteUrl = deployment.SiteUrl,
            Scrt2Url = deployment.Scrt2Url,
            Language = string.IsNullOrWhiteSpace(deployment.Language) ? ChatResetOptions.DefaultLanguage : deployment.Language,
            BootstrapUrl = string.IsNullOrWhiteSpace(deployment.BootstrapUrl) ? null : deployment.BootstrapUrl,
            ProductionMode = forceProductionMode || deployment.ProductionMode,
            LoadOnInteraction = deployment.LoadOnInteraction,
            EndOfChatMessage = wording.EndOfChatMessage,
            RestartLabel = wording.RestartLabel,
            DismissLabel = wording.DismissLabel,
            LauncherLabel = wording.LauncherLabel,
        };
    }
}
