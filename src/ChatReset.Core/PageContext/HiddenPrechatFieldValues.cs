using System.Collections.ObjectModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Html;

namespace ChatReset.Core.PageContext;

/// <summary>
/// The hidden pre-chat fields of one page: field name to value, computed on the server from the mapping and the
/// page's facts. The reset script hands them to Salesforce after every Ready (Salesforce's <c>clearSession</c>
/// wipes them), so they are written into the page as a JSON data block next to the chat's configuration.
/// </summary>
public sealed class HiddenPrechatFieldValues
{
    private static readonly HiddenPrechatFieldValues None = new(new Dictionary<string, string>());

    // As the configuration block: only JavaScriptEncoder.Default keeps "</script", "<!--" and U+2028/U+2029 out of
    // the JSON, so page text (a title) can never end the data block or break the script that reads it.
    private static readonly PageContextJsonContext Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });

    private HiddenPrechatFieldValues(Dictionary<string, string> values) => Values = new ReadOnlyDictionary<string, string>(values);

    /// <summary>Field name to value, in mapping order.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>
    /// The values of <paramref name="rows"/> for the page <paramref name="facts"/> describe. Rows must be valid (see
    /// <see cref="HiddenPrechatFieldRules"/>); invalid rows are skipped rather than sent. A row whose fact is missing
    /// or blank is left out, as is a value Salesforce would refuse (one containing <c>javascript:</c> or
    /// <c>&lt;script&gt;</c>). The page URL loses its fragment, and its query string unless the row keeps it. Values
    /// longer than the row's maximum length are cut to it, never inside a character.
    /// </summary>
    public static HiddenPrechatFieldValues Compute(IReadOnlyList<HiddenPrechatField?> rows, PageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(facts);

        if (rows.Count == 0 || HiddenPrechatFieldRules.Validate(rows).Count > 0)
        {
            return None;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows.OfType<HiddenPrechatField>())
        {
            var source = PageFactSources.Find(row.Source)!;
            var value = source == PageFactSources.FixedValue ? row.Value : facts.Get(source)?.Trim();
            if (source == PageFactSources.PageUrl && value is not null)
            {
                value = WithoutQuery(value, row.KeepQueryString);
            }

            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            value = Truncate(value, row.EffectiveMaxLength);
            if (!HiddenPrechatFieldRules.IsRefusedBySalesforce(value))
            {
                values[row.Name!] = value;
            }
        }

        return values.Count == 0 ? None : new HiddenPrechatFieldValues(values);
    }

    /// <summary>
    /// The data block the reset script reads: <c>&lt;script type="application/json" data-chat-reset-context&gt;</c>, or
    /// nothing when there are no values. It must be written right before the chat's configuration block (the page
    /// renderer does so): the script takes it only there, where page content cannot put one.
    /// </summary>
    public IHtmlContent ToHtml()
        => Values.Count == 0
            ? HtmlString.Empty
            : new HtmlString($"<script type=\"application/json\" data-chat-reset-context>{JsonSerializer.Serialize(Values, Json.IReadOnlyDictionaryStringString)}</script>");

    private static string WithoutQuery(string url, bool keepQueryString)
    {
        var end = url.IndexOfAny(keepQueryString ? ['#'] : ['?', '#']);
        return end < 0 ? url : url[..end];
    }

    /// <summary>Cuts to at most <paramref name="maxLength"/> UTF-16 code units (what Salesforce counts), keeping surrogate pairs whole.</summary>
    internal static string Truncate(string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        var end = char.IsHighSurrogate(value[maxLength - 1]) ? maxLength - 1 : maxLength;
        return value[..end];
    }
}

[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
internal sealed partial class PageContextJsonContext : JsonSerializerContext;
