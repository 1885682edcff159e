namespace ChatReset.Core.Tests;

/// <summary>Hostile and awkward editor text: every string must come out of the page exactly as typed, and inert.</summary>
internal static class XssCorpus
{
    /// <summary>Text the validator accepts: markup-like text is legal and must show literally.</summary>
    public static readonly string[] Accepted =
    [
        "</script><script>alert(1)</script>",
        "</SCRIPT ><script>alert(1)</script >",
        "<!--",
        "<!-- <script>",
        "--><script>alert(1)</script>",
        "<![CDATA[",
        "]]>",
        "\"'><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)",
        "line\u2028separated\u2029paragraph",
        "${alert(1)}",
        "${}",
        "`backticks` and `${x}`",
        "&amp;",
        "&lt;b&gt;not bold&lt;/b&gt;",
        "&#60;script&#62;",
        "\\u003C/script\\u003E",
        "\\\"; alert(1); //",
        "😀 👍🏽 👨‍👩‍👧",
        "\u202Eevil\u202C",
        "\u200Fשלום\u200E",
        "مرحبا بك",
        "Ünïcödé — “quotes” ‘single’ …",
        "{\"text\": {\"endOfChat\": \"x\"}}",
        "<style>*{display:none}</style>",
        "<svg/onload=alert(1)>",
        "javascript:alert(1)",
        "Line one\r\nLine two\tTabbed",
        string.Concat(Enumerable.Repeat("</script><!--", 40)),
    ];

    /// <summary>Text the validator refuses but the renderer must still make inert (defence in depth).</summary>
    public static readonly string[] RejectedButInert =
    [
        "null\0char",
        "bell\u0007",
        "\u2028\u2029", // blank to the validator: only separators
    ];

    public static IEnumerable<string> All => Accepted.Concat(RejectedButInert);
}
