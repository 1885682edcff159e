using ChatReset.Core.PageContext;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChatReset.Module.PageContext;

/// <summary>The hidden pre-chat field rows on the "Salesforce Chat" settings page.</summary>
/// <remarks>Not sealed: Orchard builds editor shapes as proxies of their view model.</remarks>
public class ChatPageContextSettingsViewModel
{
    /// <summary>Empty rows offered below the stored ones, for adding fields.</summary>
    public const int EmptyRows = 2;

    public List<HiddenPrechatFieldRow> Rows { get; set; } = [];

    /// <summary>The stored rows break the rules (imported without validation); their errors are on the rows.</summary>
    [BindNever]
    public bool StoredSettingsInvalid { get; set; }
}

/// <summary>One editor row: a stored field, or an empty row for a new one.</summary>
public class HiddenPrechatFieldRow
{
    public string? Name { get; set; }

    public string? Source { get; set; }

    public string? Value { get; set; }

    public bool KeepQueryString { get; set; }

    public int? MaxLength { get; set; }

    /// <summary>Ticked: the row is dropped on save.</summary>
    public bool Remove { get; set; }

    internal static HiddenPrechatFieldRow From(HiddenPrechatField field) => new()
    {
        Name = field.Name,
        Source = field.Source,
        Value = field.Value,
        KeepQueryString = field.KeepQueryString,
        MaxLength = field.MaxLength,
    };

    /// <summary>
    /// The mapping row this editor row saves, trimmed, with only what its source uses; null for a row to drop:
    /// removed, or left empty (no name, source or value).
    /// </summary>
    internal HiddenPrechatField? ToField()
    {
        if (Remove || (string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Source) && string.IsNullOrWhiteSpace(Value)))
        {
            return null;
        }

        var source = PageFactSources.Find(Source) ?? Source?.Trim();
        return new HiddenPrechatField
        {
            Name = Name?.Trim(),
            Source = source,
            Value = source == PageFactSources.FixedValue ? Value?.Trim() : null,
            KeepQueryString = source == PageFactSources.PageUrl && KeepQueryString,
            MaxLength = MaxLength,
        };
    }
}
