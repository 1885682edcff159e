using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ChatReset.Core;

/// <summary>Whether a setting is absent (empty or blank) or present but breaking a rule.</summary>
public enum ChatResetProblem
{
    /// <summary>The setting is empty or blank and has no default.</summary>
    Missing,

    /// <summary>The setting has a value that breaks a rule.</summary>
    Invalid,
}

/// <summary>One problem with one setting: the field it is about, what kind of problem, and a message that names the field and the rule.</summary>
/// <param name="Field">The <see cref="ChatResetOptions"/> property name, e.g. <c>nameof(ChatResetOptions.OrgId)</c>.</param>
/// <param name="Message">Says which setting is wrong, which rule it breaks and how to fix it. Never contains the rejected value.</param>
/// <param name="Problem">Missing or invalid: a host that falls back to its own text for an empty field ignores <see cref="ChatResetProblem.Missing"/>.</param>
public sealed record ChatResetValidationError(string Field, string Message, ChatResetProblem Problem = ChatResetProblem.Invalid);

/// <summary>
/// Validates <see cref="ChatResetOptions"/>: one clear message per bad field. Used by options validation on start
/// in plain ASP.NET Core (<see cref="Validate"/>) and, part by part, by hosts that edit the deployment and the
/// wording apart (<see cref="ValidateDeployment"/>, <see cref="ValidateWording"/>, <see cref="ValidateEndOfChatMessage"/>).
/// </summary>
/// <remarks>
/// Messages never repeat the rejected value: it can be markup, and messages end up in HTML pages and logs.
/// Lengths are counted in UTF-16 code units, the unit of an HTML <c>maxlength</c>.
/// </remarks>
public sealed partial class ChatResetOptionsValidator : IValidateOptions<ChatResetOptions>
{
    /// <summary>The longest deployment API name accepted (Salesforce's limit for API names).</summary>
    public const int MaxDeploymentApiNameLength = 80;

    /// <summary>The longest end-of-chat message accepted.</summary>
    public const int MaxEndOfChatMessageLength = 500;

    /// <summary>The longest restart, dismiss or launcher label accepted.</summary>
    public const int MaxLabelLength = 80;

    // Salesforce's own domains for Experience Cloud sites (sandbox and Developer Edition forms are subdomains of
    // my.site.com) and for the SCRT2 messaging endpoint.
    private static readonly string[] SiteDomains = ["my.site.com", "force.com", "salesforce-sites.com"];
    private static readonly string[] Scrt2Domains = ["my.salesforce-scrt.com"];
    private const string SiteDomainsText = "*.my.site.com (including the sandbox and Developer Edition forms), *.force.com or *.salesforce-sites.com";
    private const string ChecksumAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private static readonly SearchValues<char> UrlCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%");

    /// <summary>Every rule, in property order: the field, its part, its value and its check.</summary>
    private static readonly Rule[] Rules =
    [
        new(nameof(ChatResetOptions.OrgId), Part.Deployment, o => o.OrgId, o => CheckOrgId(o.OrgId)),
        new(nameof(ChatResetOptions.DeploymentApiName), Part.Deployment, o => o.DeploymentApiName, o => CheckDeploymentApiName(o.DeploymentApiName)),
        new(nameof(ChatResetOptions.SiteUrl), Part.Deployment, o => o.SiteUrl, o => CheckSiteUrl(o.SiteUrl)),
        new(nameof(ChatResetOptions.Scrt2Url), Part.Deployment, o => o.Scrt2Url, o => CheckScrt2Url(o.Scrt2Url)),
        new(nameof(ChatResetOptions.Language), Part.Deployment, o => o.Language, o => CheckLanguage(o.Language)),
        new(nameof(ChatResetOptions.EndOfChatMessage), Part.Wording, o => o.EndOfChatMessage, o => CheckEndOfChatMessage(o.EndOfChatMessage)),
        new(nameof(ChatResetOptions.RestartLabel), Part.Wording, o => o.RestartLabel, o => CheckText(o.RestartLabel, "Restart label (RestartLabel)", MaxLabelLength)),
        new(nameof(ChatResetOptions.DismissLabel), Part.Wording, o => o.DismissLabel, o => CheckText(o.DismissLabel, "Dismiss label (DismissLabel)", MaxLabelLength)),
        new(nameof(ChatResetOptions.LauncherLabel), Part.Wording, o => o.LauncherLabel, o => CheckText(o.LauncherLabel, "Launcher label (LauncherLabel)", MaxLabelLength)),
        new(nameof(ChatResetOptions.BootstrapUrl), Part.Deployment, o => o.BootstrapUrl, o => CheckBootstrapUrl(o.BootstrapUrl, o.SiteUrl, o.AllowedLocalBootstrapPath)),
        new(nameof(ChatResetOptions.AllowedLocalBootstrapPath), Part.Deployment, o => o.AllowedLocalBootstrapPath, o => CheckAllowedLocalBootstrapPath(o.AllowedLocalBootstrapPath)),
    ];

    private enum Part
    {
        Deployment,
        Wording,
    }

    /// <summary>Returns every problem, one per field, in property order; empty when the options are valid.</summary>
    public static IReadOnlyList<ChatResetValidationError> Validate(ChatResetOptions options) => Check(options, part: null);

    /// <summary>
    /// The problems of the deployment alone: org, deployment, URLs, language, bootstrap. The wording is not looked at,
    /// so a host that edits the deployment on its own page needs no wording to check it.
    /// </summary>
    public static IReadOnlyList<ChatResetValidationError> ValidateDeployment(ChatResetOptions options) => Check(options, Part.Deployment);

    /// <summary>The problems of the wording alone: the end-of-chat message and the three labels.</summary>
    public static IReadOnlyList<ChatResetValidationError> ValidateWording(ChatResetOptions options) => Check(options, Part.Wording);

    /// <summary>
    /// The <see cref="ChatResetOptions.EndOfChatMessage"/> rule alone, null for a good message. For places that edit
    /// only that text (such as a per-widget override) and must not validate a whole options set.
    /// </summary>
    public static ChatResetValidationError? ValidateEndOfChatMessage(string? message)
        => Error(nameof(ChatResetOptions.EndOfChatMessage), message, CheckEndOfChatMessage(message));

    ValidateOptionsResult IValidateOptions<ChatResetOptions>.Validate(string? name, ChatResetOptions options)
    {
        var errors = Validate(options);
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(e => e.Message));
    }

    private static List<ChatResetValidationError> Check(ChatResetOptions options, Part? part)
    {
        ArgumentNullException.ThrowIfNull(options);

        var errors = new List<ChatResetValidationError>();
        foreach (var rule in Rules)
        {
            if ((part is null || rule.Part == part) && Error(rule.Field, rule.Value(options), rule.Check(options)) is { } error)
            {
                errors.Add(error);
            }
        }

        return errors;
    }

    // Every rule's first test is its blank test, so a message for a blank value is the "missing" one.
    private static ChatResetValidationError? Error(string field, string? value, string? message) => message is null
        ? null
        : new ChatResetValidationError(field, message, string.IsNullOrWhiteSpace(value) ? ChatResetProblem.Missing : ChatResetProblem.Invalid);

    private static string? CheckEndOfChatMessage(string? message)
        => CheckText(message, "End-of-chat message (EndOfChatMessage)", MaxEndOfChatMessageLength);

    /// <summary>
    /// Salesforce's case checksum: the three characters that turn a case-sensitive 15-character ID into the
    /// case-insensitive 18-character form. <paramref name="id15"/> must be 15 ASCII letters or digits.
    /// </summary>
    internal static string ComputeIdChecksum(string id15)
    {
        ArgumentNullException.ThrowIfNull(id15);
        if (id15.Length != 15)
        {
            throw new ArgumentException("A Salesforce ID checksum is computed from exactly 15 characters.", nameof(id15));
        }

        Span<char> suffix = stackalloc char[3];
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var bits = 0;
            for (var i = 0; i < 5; i++)
            {
                if (char.IsAsciiLetterUpper(id15[(chunk * 5) + i]))
                {
                    bits |= 1 << i;
                }
            }

            suffix[chunk] = ChecksumAlphabet[bits];
        }

        return new string(suffix);
    }

    private static string? CheckOrgId(string? value)
    {
        const string Name = "Org ID (OrgId)";
        const string Where = "Copy it from Setup > Company Information or from the deployment's code snippet.";
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{Name} is required. {Where}";
        }

        if (value.Length is not (15 or 18))
        {
            return $"{Name} must be 15 or 18 characters long, but it has {value.Length}. {Where}";
        }

        if (value.AsSpan().ContainsAnyExcept(AsciiLettersAndDigits))
        {
            return $"{Name} may contain only letters A–Z and digits 0–9. Remove spaces, quotes and other characters.";
        }

        if (!value.StartsWith("00D", StringComparison.Ordinal))
        {
            return $"{Name} must start with 00D, the prefix of every Salesforce organization ID. Check that you copied the org ID and not another record ID.";
        }

        if (value.Length == 18 && !value.AsSpan(15).SequenceEqual(ComputeIdChecksum(value[..15])))
        {
            return $"{Name} has 18 characters, but the last three do not match Salesforce's case checksum of the first 15. Check the upper- and lower-case letters, or use the 15-character form.";
        }

        return null;
    }

    private static string? CheckDeploymentApiName(string? value)
    {
        const string Name = "Deployment API name (DeploymentApiName)";
        const string Where = "Copy the API name from Setup > Embedded Service Deployments (for example ESA_Web_Deployment).";
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{Name} is required. {Where}";
        }

        if (value.Length > MaxDeploymentApiNameLength)
        {
            return $"{Name} must be at most {MaxDeploymentApiNameLength} characters long, but it has {value.Length}. {Where}";
        }

        if (!ApiNameCharacters().IsMatch(value))
        {
            return $"{Name} may contain only letters, digits and underscores (_). Use the API name, not the deployment's label. {Where}";
        }

        if (!char.IsAsciiLetter(value[0]))
        {
            return $"{Name} must start with a letter. {Where}";
        }

        if (value.Contains("__", StringComparison.Ordinal))
        {
            return $"{Name} must not contain two underscores in a row. {Where}";
        }

        return value.EndsWith('_') ? $"{Name} must not end with an underscore. {Where}" : null;
    }

    private static string? CheckSiteUrl(string? value)
    {
        const string Name = "Site URL (SiteUrl)";
        const string Example = "https://acme.my.site.com/ESWWeb1700000000000";
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{Name} is required. Copy it from the deployment's code snippet, for example {Example}.";
        }

        return CheckSalesforceUrl(value, Name, Example, SiteDomains, SiteDomainsText, originOnly: false);
    }

    private static string? CheckScrt2Url(string? value)
    {
        const string Name = "SCRT2 URL (Scrt2Url)";
        const string Example = "https://acme.my.salesforce-scrt.com";
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{Name} is required. Copy the scrt2URL value from the deployment's code snippet, for example {Example}.";
        }

        return CheckSalesforceUrl(value, Name, Example, Scrt2Domains, "*.my.salesforce-scrt.com", originOnly: true);
    }

    private static string? CheckBootstrapUrl(string? value, string? siteUrl, string? allowedLocalPath)
    {
        const string Name = "Bootstrap URL (BootstrapUrl)";
        // Blank means "use the site's own bootstrap", as in ChatResetOptions.EffectiveBootstrapUrl.
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // The bootstrap runs with the page's CSP nonce: only Salesforce's own script, or the one local path the host
        // allows for a simulated client, may ever be loaded. Anything else under the site's origin (an uploaded file,
        // say) would run with the nonce.
        if (value.StartsWith('/'))
        {
            return string.IsNullOrWhiteSpace(allowedLocalPath) || !string.Equals(value, allowedLocalPath, StringComparison.Ordinal)
                ? $"{Name} may be a site-relative path only when the host allows that path for a simulated client (AllowedLocalBootstrapPath in the host's configuration). Leave it empty to use Salesforce's bootstrap."
                : null;
        }

        return string.Equals(value, DerivedBootstrapUrl(siteUrl), StringComparison.Ordinal)
            ? null
            : $"{Name} must be empty or exactly the site URL followed by /assets/js/bootstrap.min.js, Salesforce's own bootstrap; ChatReset loads no other script. Leave it empty.";
    }

    private static string? CheckAllowedLocalBootstrapPath(string? value)
    {
        const string Name = "Allowed local bootstrap path (AllowedLocalBootstrapPath)";
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // "//host" is protocol-relative and "/\host" is treated the same way by browsers: both leave the site.
        if (!value.StartsWith('/') || (value.Length > 1 && value[1] is '/' or '\\'))
        {
            return $"{Name} must be a site-relative path starting with a single /, for example /simulated-salesforce/bootstrap.js.";
        }

        return HasUnsafeUrlCharacters(value) || value.Contains('?') || value.Contains('#') || !Uri.TryCreate(value, UriKind.Relative, out _)
            ? $"{Name} must be a plain path using only URL characters (no spaces, backslashes, quotes, query or fragment), for example /simulated/bootstrap.js."
            : null;
    }

    /// <summary>Salesforce's bootstrap for a site URL, as its code snippet loads it.</summary>
    internal static string DerivedBootstrapUrl(string? siteUrl) => $"{siteUrl?.TrimEnd('/')}/assets/js/bootstrap.min.js";

    private static string? CheckSalesforceUrl(
        string value, string name, string example, string[] domains, string domainsText, bool originOnly)
    {
        // Uri quietly normalises backslashes, dot segments and trailing dots; check the text as typed first.
        if (!value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || HasUnsafeUrlCharacters(value)
            || !Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return $"{name} must be an absolute https URL using only URL characters (no spaces, backslashes or quotes), for example {example}.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return $"{name} must not contain a user name or password (nothing before an @ in the host part); remove it.";
        }

        if (!uri.IsDefaultPort)
        {
            return $"{name} must use the default https port; remove the port number.";
        }

        if (value.Contains('?') || value.Contains('#'))
        {
            return $"{name} must not contain a query (?…) or a fragment (#…); remove everything from the ? or #.";
        }

        if (uri.HostNameType != UriHostNameType.Dns || !IsUnderDomain(uri.IdnHost, domains))
        {
            return $"{name} must be on a Salesforce domain: {domainsText}, for example {example}.";
        }

        if (originOnly)
        {
            var afterOrigin = value.AsSpan(value.IndexOf("//", StringComparison.Ordinal) + 2);
            var slash = afterOrigin.IndexOf('/');
            if (slash >= 0 && slash != afterOrigin.Length - 1)
            {
                return $"{name} must be the origin only, with nothing after the host but an optional /, for example {example}.";
            }
        }

        return null;
    }

    // Only what RFC 3986 allows in a URL: "<", ">", quotes, spaces, backslashes and non-ASCII text are refused
    // rather than silently escaped or normalised by Uri.
    private static bool HasUnsafeUrlCharacters(string value) => value.AsSpan().ContainsAnyExcept(UrlCharacters);

    /// <summary>True when <paramref name="host"/> is a proper subdomain of one of <paramref name="domains"/>.</summary>
    private static bool IsUnderDomain(string host, string[] domains)
    {
        // Every label must be a plain DNS label, so "evil-my.site.com" and "my.site.com.evil.com" cannot pass
        // the suffix test below and a trailing dot or empty label is refused.
        if (!DnsHost().IsMatch(host))
        {
            return false;
        }

        foreach (var domain in domains)
        {
            if (host.Length > domain.Length + 1
                && host.EndsWith(domain, StringComparison.OrdinalIgnoreCase)
                && host[host.Length - domain.Length - 1] == '.')
            {
                return true;
            }
        }

        return false;
    }

    private static string? CheckLanguage(string? value)
    {
        const string Name = "Language (Language)";
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{Name} is required. Use a Salesforce language code such as en_US, fr, de, zh_CN or pt_BR.";
        }

        return LanguageCode().IsMatch(value)
            ? null
            : $"{Name} must be a language code of 2 or 3 letters with an optional region after _ or -, such as en_US, fr, de, zh_CN or pt_BR.";
    }

    private static string? CheckText(string? value, string name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{name} is required. Enter the text visitors should see.";
        }

        if (value.Length > maxLength)
        {
            return $"{name} must be at most {maxLength} characters long, but it has {value.Length}. Shorten it.";
        }

        // HTML cannot carry control characters other than tab and line breaks (a NUL becomes U+FFFD), and an
        // unpaired surrogate is half a character that serializers replace; either would not show as typed.
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done)
            {
                return $"{name} contains a broken character (an unpaired surrogate). Retype the text.";
            }

            if (Rune.IsControl(rune) && rune.Value is not ('\t' or '\n' or '\r'))
            {
                return $"{name} must not contain control characters such as the null character; only tabs and line breaks are allowed.";
            }

            rest = rest[consumed..];
        }

        return null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex ApiNameCharacters();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:[_-](?:[A-Za-z]{2}|[0-9]{3}))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\z",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DnsHost();

    private sealed record Rule(string Field, Part Part, Func<ChatResetOptions, string?> Value, Func<ChatResetOptions, string?> Check);
}
