using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ChatReset.Core.PageContext;

/// <summary>One problem with one row of the hidden pre-chat field mapping.</summary>
/// <param name="Row">The row's index in the list (0-based); the message counts from 1.</param>
/// <param name="Field">The <see cref="HiddenPrechatField"/> property the problem is about.</param>
/// <param name="Message">Names the row, the setting and the rule. Never contains the rejected value.</param>
public sealed record HiddenPrechatFieldError(int Row, string Field, string Message);

/// <summary>
/// The rules of the hidden pre-chat field mapping: one clear message per bad row and setting. Used by options
/// validation on start in plain ASP.NET Core and by the Orchard Core module's settings page and recipe step.
/// </summary>
/// <remarks>
/// Salesforce facts (developer.salesforce.com/docs/service/messaging-web/references/m4w-reference/prechatAPI.html,
/// and its web client as published): <c>setHiddenPrechatFields</c> takes an object of field name to string value;
/// the client drops, field by field, a name its deployment does not configure as a hidden pre-chat field, a value
/// that is not a string, a value containing <c>javascript:</c> or <c>&lt;script&gt;</c> (in any case), and a value
/// longer than the field's configured maximum length.
/// </remarks>
public sealed partial class HiddenPrechatFieldRules : IValidateOptions<ChatResetPageContextOptions>
{
    /// <summary>
    /// The longest value sent, and the highest <see cref="HiddenPrechatField.MaxLength"/> accepted. Salesforce checks
    /// each value against the maximum length set on the field's parameter in the messaging channel; its documentation
    /// gives no ceiling for that setting (unverified), so ChatReset assumes 255, the length of a Salesforce text field.
    /// </summary>
    public const int MaxValueLength = 255;

    /// <summary>
    /// The longest field name accepted: Salesforce's limit for API names in general (unverified for hidden
    /// pre-chat fields).
    /// </summary>
    public const int MaxNameLength = 80;

    /// <summary>The most rows a mapping may have; a page's context is a handful of facts.</summary>
    public const int MaxRows = 20;

    private static readonly string[] RefusedBySalesforce = ["javascript:", "<script>"];

    /// <summary>
    /// Every problem of <paramref name="rows"/>, row by row in order; empty when the mapping is valid. A null row is
    /// one an editor left empty or removed: it is not checked but keeps its number, so that messages name the rows
    /// the editor sees.
    /// </summary>
    public static IReadOnlyList<HiddenPrechatFieldError> Validate(IReadOnlyList<HiddenPrechatField?> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        var errors = new List<HiddenPrechatFieldError>();
        if (rows.Count > MaxRows)
        {
            errors.Add(new HiddenPrechatFieldError(MaxRows, nameof(HiddenPrechatField.Name),
                $"Hidden pre-chat fields: at most {MaxRows} rows are allowed, but there are {rows.Count}. Remove the fields agents do not need."));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            if (row is null)
            {
                continue;
            }

            var label = $"Hidden pre-chat field, row {index + 1}:";
            void Check(string field, string? message)
            {
                if (message is not null)
                {
                    errors.Add(new HiddenPrechatFieldError(index, field, $"{label} {message}"));
                }
            }

            var nameProblem = CheckName(row.Name);
            Check(nameof(HiddenPrechatField.Name), nameProblem
                ?? (names.Add(row.Name!) ? null : "the field name (Name) is already used by an earlier row (case does not matter). Map each field once."));

            var source = PageFactSources.Find(row.Source);
            Check(nameof(HiddenPrechatField.Source), source is not null ? null
                : $"the source (Source) must be one of {string.Join(", ", PageFactSources.All)}.");

            Check(nameof(HiddenPrechatField.MaxLength), row.MaxLength is null or (>= 1 and <= MaxValueLength) ? null
                : $"the maximum length (MaxLength) must be between 1 and {MaxValueLength}, or empty for {MaxValueLength}. Use the field's Max Length in Salesforce.");

            if (source == PageFactSources.FixedValue)
            {
                Check(nameof(HiddenPrechatField.Value), CheckFixedValue(row.Value, row.EffectiveMaxLength));
            }
        }

        return errors;
    }

    ValidateOptionsResult IValidateOptions<ChatResetPageContextOptions>.Validate(string? name, ChatResetPageContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var errors = Validate(options.HiddenPrechatFields);
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(e => $"{e.Message} ({ChatResetOptions.SectionName}:{nameof(ChatResetPageContextOptions.HiddenPrechatFields)}:{e.Row}:{e.Field})"));
    }

    /// <summary>Whether Salesforce's client would drop <paramref name="value"/> for what it contains.</summary>
    internal static bool IsRefusedBySalesforce(string value)
        => RefusedBySalesforce.Any(marker => value.Contains(marker, StringComparison.OrdinalIgnoreCase));

    private static string? CheckName(string? value)
    {
        const string Name = "the field name (Name)";
        const string Where = "Use the API name of a hidden pre-chat field of the deployment's messaging channel, for example Page_URL.";
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{Name} is required. {Where}";
        }

        if (value.Length > MaxNameLength)
        {
            return $"{Name} must be at most {MaxNameLength} characters long, but it has {value.Length}.";
        }

        // Salesforce's API name shape (letters, digits, underscores; a letter first; no "__", no "_" last), the
        // general rule for API names; unverified for hidden pre-chat field names.
        if (!ApiName().IsMatch(value))
        {
            return $"{Name} may contain only letters, digits and single underscores, must start with a letter and must not end with an underscore. {Where}";
        }

        return null;
    }

    private static string? CheckFixedValue(string? value, int maxLength)
    {
        const string Name = "the fixed value (Value)";
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{Name} is required with the source {PageFactSources.FixedValue}.";
        }

        if (value.Length > maxLength)
        {
            return $"{Name} must be at most {maxLength} characters long (the field's maximum length), but it has {value.Length}.";
        }

        if (IsRefusedBySalesforce(value))
        {
            return $"{Name} must not contain \"javascript:\" or \"<script>\": Salesforce refuses such values.";
        }

        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done || Rune.IsControl(rune))
            {
                return $"{Name} must be plain text on one line: no control characters and no broken characters.";
            }

            rest = rest[consumed..];
        }

        return null;
    }

    [GeneratedRegex(@"^[A-Za-z](?:_?[A-Za-z0-9])*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ApiName();
}
