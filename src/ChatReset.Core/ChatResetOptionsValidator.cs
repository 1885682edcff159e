using Microsoft.Extensions.Options;

namespace ChatReset.Core;

/// <summary>One problem with one setting: the field it is about and a message that names the field and the rule.</summary>
public sealed record ChatResetValidationError(string Field, string Message);

/// <summary>
/// Validates <see cref="ChatResetOptions"/>: one clear message per bad field. Used by options validation on start
/// in plain ASP.NET Core and by the Orchard Core module's settings pages.
/// </summary>
public sealed class ChatResetOptionsValidator : IValidateOptions<ChatResetOptions>
{
    /// <summary>Returns every problem, one per field, in field order; empty when the options are valid.</summary>
    public static IReadOnlyList<ChatResetValidationError> Validate(ChatResetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // TODO(core): implement the rules of issue 2 §2.
        return [];
    }

    ValidateOptionsResult IValidateOptions<ChatResetOptions>.Validate(string? name, ChatResetOptions options)
    {
        var errors = Validate(options);
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(e => e.Message));
    }
}
