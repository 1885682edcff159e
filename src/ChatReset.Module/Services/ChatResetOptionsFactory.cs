using ChatReset.Core;
using ChatReset.Module.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChatReset.Module.Services;

/// <summary>The one place that turns the two stored settings into Core's <see cref="ChatResetOptions"/>.</summary>
internal static class ChatResetOptionsFactory
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

    /// <summary>Trims what an editor typed or pasted; blank becomes null so that it falls back or reads as missing.</summary>
    public static string? Clean(string? value)
        => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// Runs Core's validation and puts each error of one of <paramref name="fields"/> (the fields a page shows) in
    /// <paramref name="modelState"/> under <c>{keyPrefix}.{Field}</c>, the name of that field's editor.
    /// </summary>
    public static void AddValidationErrors(ModelStateDictionary modelState, ChatResetOptions options, IReadOnlySet<string> fields, string keyPrefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(fields);

        foreach (var error in ChatResetOptionsValidator.Validate(options))
        {
            if (fields.Contains(error.Field))
            {
                modelState.AddModelError($"{keyPrefix}.{error.Field}", error.Message);
            }
        }
    }
}
