using ChatReset.Core;
using ChatReset.Module.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChatReset.Module.Services;

/// <summary>
/// ChatReset.Core's rules applied to one kind of settings at a time, as the settings pages and the
/// <c>ChatResetSettings</c> recipe step need them: each only reports the fields it edits.
/// </summary>
internal static class ChatSettingsValidation
{
    /// <summary>The deployment fields, i.e. those shown on the "Salesforce Chat" page.</summary>
    public static readonly IReadOnlySet<string> DeploymentFields = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(ChatResetOptions.OrgId),
        nameof(ChatResetOptions.DeploymentApiName),
        nameof(ChatResetOptions.SiteUrl),
        nameof(ChatResetOptions.Scrt2Url),
        nameof(ChatResetOptions.Language),
        nameof(ChatResetOptions.BootstrapUrl),
    };

    /// <summary>The wording fields, i.e. those shown on the "Chat Wording" page.</summary>
    public static readonly IReadOnlySet<string> WordingFields = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(ChatResetOptions.EndOfChatMessage),
        nameof(ChatResetOptions.RestartLabel),
        nameof(ChatResetOptions.DismissLabel),
        nameof(ChatResetOptions.LauncherLabel),
    };

    /// <summary>Trims what an editor typed or pasted; blank becomes null so that it falls back or reads as missing.</summary>
    public static string? Clean(string? value)
        => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static ChatDeploymentSettings Clean(ChatDeploymentSettings deployment)
    {
        ArgumentNullException.ThrowIfNull(deployment);

        return new ChatDeploymentSettings
        {
            OrgId = Clean(deployment.OrgId),
            DeploymentApiName = Clean(deployment.DeploymentApiName),
            SiteUrl = Clean(deployment.SiteUrl),
            Scrt2Url = Clean(deployment.Scrt2Url),
            Language = Clean(deployment.Language),
            BootstrapUrl = Clean(deployment.BootstrapUrl),
            ProductionMode = deployment.ProductionMode,
            LoadOnInteraction = deployment.LoadOnInteraction,
        };
    }

    public static ChatWording Clean(ChatWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);

        return new ChatWording
        {
            EndOfChatMessage = Clean(wording.EndOfChatMessage),
            RestartLabel = Clean(wording.RestartLabel),
            DismissLabel = Clean(wording.DismissLabel),
            LauncherLabel = Clean(wording.LauncherLabel),
        };
    }

    /// <summary>The deployment's problems under the host's options; <paramref name="wording"/> only completes the options.</summary>
    public static IReadOnlyList<ChatResetValidationError> CheckDeployment(ChatDeploymentSettings deployment, ChatWording wording, ChatResetShellOptions host)
        => ChatResetOptionsValidator.Validate(ChatResetOptionsFactory.Create(deployment, wording, host))
            .Where(e => DeploymentFields.Contains(e.Field))
            .ToList();

    /// <summary>
    /// The problems of one culture's wording. Empty fields fall back to text that is valid already, so only what
    /// was given is checked; the deployment only completes the options.
    /// </summary>
    public static IReadOnlyList<ChatResetValidationError> CheckWording(ChatDeploymentSettings deployment, ChatWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);

        var withFallbacks = new ChatWording
        {
            EndOfChatMessage = wording.EndOfChatMessage ?? ChatResetOptions.DefaultEndOfChatMessage,
            RestartLabel = wording.RestartLabel ?? ChatResetOptions.DefaultRestartLabel,
            DismissLabel = wording.DismissLabel ?? ChatResetOptions.DefaultDismissLabel,
            LauncherLabel = wording.LauncherLabel ?? ChatResetOptions.DefaultLauncherLabel,
        };

        return ChatResetOptionsValidator.Validate(ChatResetOptionsFactory.Create(deployment, withFallbacks, new ChatResetShellOptions()))
            .Where(e => WordingFields.Contains(e.Field))
            .ToList();
    }

    /// <summary>Puts each error under <c>{keyPrefix}.{Field}</c>, the name of that field's editor.</summary>
    public static void AddTo(ModelStateDictionary modelState, IEnumerable<ChatResetValidationError> errors, string keyPrefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);

        foreach (var error in errors)
        {
            modelState.AddModelError($"{keyPrefix}.{error.Field}", error.Message);
        }
    }
}
