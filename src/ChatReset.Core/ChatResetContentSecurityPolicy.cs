namespace ChatReset.Core;

/// <summary>
/// The Content-Security-Policy sources a page needs for Salesforce Enhanced Chat: the site URL's origin in
/// <c>script-src</c>, <c>style-src</c> and <c>frame-src</c> (the bootstrap, its stylesheet and the chat frame), the SCRT2
/// origin in <c>connect-src</c> (configuration and business-hours requests). ChatReset's own script needs only the nonce.
/// </summary>
public sealed record ChatResetContentSecurityPolicy(
    IReadOnlyList<string> ScriptSources,
    IReadOnlyList<string> StyleSources,
    IReadOnlyList<string> FrameSources,
    IReadOnlyList<string> ConnectSources)
{
    /// <summary>Derives the sources from valid options; an absent or unparsable URL contributes nothing.</summary>
    public static ChatResetContentSecurityPolicy For(ChatResetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Valid options load the bootstrap from the site URL's origin or from the site itself ('self'), never elsewhere.
        var site = OriginOf(options.SiteUrl);
        var scrt2 = OriginOf(options.Scrt2Url);

        string[] siteOnly = site is null ? [] : [site];
        string[] connect = scrt2 is null ? [] : [scrt2];
        return new ChatResetContentSecurityPolicy(siteOnly, siteOnly, siteOnly, connect);
    }

    private static string? OriginOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
}
