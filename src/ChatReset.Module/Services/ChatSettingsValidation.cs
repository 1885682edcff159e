using ChatReset.Core;
using ChatReset.Core.Deployments;
using ChatReset.Module.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChatReset.Module.Services;

/// <summary>
/// ChatReset.Core's rules applied to one kind of settings at a time, as the settings pages and the
/// <c>ChatResetSettings</c> recipe step need them.
/// </summary>
internal static class ChatSettingsValidation
{
    /// <summary>Trims what an editor typed or pasted; blank becomes null so that it falls back or reads as missing.</summary>
    public static string? Clean(string? value)
        => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The deployment's problems under the host's options.</summary>
    public static IReadOnlyList<ChatResetValidationError> CheckDeployment(ChatDeploymentSettings deployment, ChatResetShellOptions host)
        => ChatResetOptionsValidator.ValidateDeployment(ChatResetOptionsFactory.Create(deployment, host));

    /// <summary>The problems of the additional deployments under the host's options, per row and field.</summary>
    public static IReadOnlyList<ChatResetDeploymentError> CheckDeployments(IReadOnlyList<NamedChatDeployment?> deployments, ChatResetShellOptions host)
        => ChatResetDeploymentRules.Validate(deployments.Select(d => d is null ? null : ChatResetOptionsFactory.CreateEntry(d, host)).ToList());

    /// <summary>The problems of one culture's wording. An empty field is no problem: it falls back.</summary>
    public static IReadOnlyList<ChatResetValidationError> CheckWording(ChatWording wording)
        => ChatResetOptionsValidator.ValidateWording(new ChatResetOptions().WithWording(wording))
            .Where(error => error.Problem == ChatResetProblem.Invalid)
            .ToList();

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
