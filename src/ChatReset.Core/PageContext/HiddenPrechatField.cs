using System.Text.Json.Serialization;

namespace ChatReset.Core.PageContext;

/// <summary>
/// One row of the page-context mapping: a hidden pre-chat field of the Salesforce deployment and the page fact
/// ChatReset puts in it. Property names are configuration keys and stored JSON; keep them stable.
/// </summary>
public sealed class HiddenPrechatField
{
    /// <summary>The hidden pre-chat field's API name exactly as configured in Salesforce, e.g. <c>Page_URL</c>.</summary>
    public string? Name { get; set; }

    /// <summary>One of <see cref="PageFactSources"/>.</summary>
    public string? Source { get; set; }

    /// <summary>The text sent with <see cref="PageFactSources.FixedValue"/>; ignored with any other source.</summary>
    public string? Value { get; set; }

    /// <summary>
    /// With <see cref="PageFactSources.PageUrl"/>: send the query string too. Off by default, because query strings
    /// often carry personal data (e-mail addresses, tokens, search terms). The fragment is never sent.
    /// </summary>
    public bool KeepQueryString { get; set; }

    /// <summary>
    /// The field's maximum length in Salesforce, when lower than <see cref="HiddenPrechatFieldRules.MaxValueLength"/>;
    /// longer page facts are cut to it. Empty for <see cref="HiddenPrechatFieldRules.MaxValueLength"/>.
    /// </summary>
    public int? MaxLength { get; set; }

    /// <summary>The length values are cut to.</summary>
    [JsonIgnore]
    public int EffectiveMaxLength => MaxLength ?? HiddenPrechatFieldRules.MaxValueLength;
}

/// <summary>
/// The hidden pre-chat field mapping of a site (today) or of a deployment (once a site can have several): the
/// <c>HiddenPrechatFields</c> list of the <c>ChatReset</c> configuration section in plain ASP.NET Core.
/// </summary>
public sealed class ChatResetPageContextOptions
{
    /// <summary>The rows, in the order they were given.</summary>
    public List<HiddenPrechatField> HiddenPrechatFields { get; set; } = [];
}
