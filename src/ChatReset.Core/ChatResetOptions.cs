namespace ChatReset.Core;

/// <summary>
/// Everything ChatReset needs to put Salesforce Enhanced Chat on a page and reset it when a session ends.
/// Bound from the <c>ChatReset</c> configuration section, so <c>ChatReset__OrgId</c> and friends work as
/// environment variables. Validate with <see cref="ChatResetOptionsValidator"/> before rendering.
/// </summary>
/// <remarks>
/// A record so that two option sets with the same values are equal: the renderer caches its per-settings work
/// by value, whoever built the instance.
/// </remarks>
public sealed record ChatResetOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "ChatReset";

    /// <summary>The language used when none is set.</summary>
    public const string DefaultLanguage = "en_US";
    /// <summary>The end-of-chat wording used when none is set.</summary>
    public const string DefaultEndOfChatMessage = "This chat has ended. If you need more help, you can start a new chat.";
    /// <summary>The restart label used when none is set.</summary>
    public const string DefaultRestartLabel = "Start a new chat";
    /// <summary>The dismiss label used when none is set.</summary>
    public const string DefaultDismissLabel = "Close";
    /// <summary>The launcher label used when none is set.</summary>
    public const string DefaultLauncherLabel = "Chat with us";

    /// <summary>The Salesforce org ID (15 or 18 characters, starting with <c>00D</c>).</summary>
    public string? OrgId { get; set; }

    /// <summary>The Embedded Service deployment's API name, e.g. <c>ESA_Web_Deployment</c>.</summary>
    public string? DeploymentApiName { get; set; }

    /// <summary>The deployment's Experience Cloud site URL, e.g. <c>https://acme.my.site.com/ESWWeb1700000000000</c>.</summary>
    public string? SiteUrl { get; set; }

    /// <summary>The SCRT2 URL, e.g. <c>https://acme.my.salesforce-scrt.com</c>.</summary>
    public string? Scrt2Url { get; set; }

    /// <summary>The chat language, passed to Salesforce verbatim (<c>en_US</c>, <c>fr</c>, <c>de</c>).</summary>
    public string? Language { get; set; } = DefaultLanguage;

    /// <summary>Plain text shown in the page when a session ends. Shown literally: markup is never interpreted.</summary>
    public string? EndOfChatMessage { get; set; } = DefaultEndOfChatMessage;

    /// <summary>Label of the control that starts a new chat on purpose after a session ended.</summary>
    public string? RestartLabel { get; set; } = DefaultRestartLabel;

    /// <summary>Label of the control that closes the end-of-chat notice.</summary>
    public string? DismissLabel { get; set; } = DefaultDismissLabel;

    /// <summary>Label of the lightweight launcher shown when <see cref="LoadOnInteraction"/> is on.</summary>
    public string? LauncherLabel { get; set; } = DefaultLauncherLabel;

    /// <summary>When on, the script writes nothing at all to the browser console. On by default.</summary>
    public bool ProductionMode { get; set; } = true;

    /// <summary>When on, nothing is loaded from Salesforce until the visitor activates the launcher.</summary>
    public bool LoadOnInteraction { get; set; }

    /// <summary>
    /// Where the Salesforce bootstrap is loaded from. Leave empty for the real one,
    /// <c>{SiteUrl}/assets/js/bootstrap.min.js</c> (that exact URL is also accepted). A site-relative path is accepted
    /// only when it is <see cref="AllowedLocalBootstrapPath"/>, so that a development or test site can serve a
    /// simulated client.
    /// </summary>
    public string? BootstrapUrl { get; set; }

    /// <summary>
    /// The one site-relative path the host allows as <see cref="BootstrapUrl"/>, for a simulated Salesforce client.
    /// Set by whoever runs the host (its configuration or code), never by site settings: the bootstrap runs with the
    /// page's CSP nonce, so no other local file (an upload, say) may ever be loaded as the bootstrap.
    /// </summary>
    public string? AllowedLocalBootstrapPath { get; set; }

    /// <summary>The bootstrap script URL actually used: <see cref="BootstrapUrl"/> or the one derived from <see cref="SiteUrl"/>.</summary>
    public string EffectiveBootstrapUrl =>
        string.IsNullOrWhiteSpace(BootstrapUrl)
            ? ChatResetOptionsValidator.DerivedBootstrapUrl(SiteUrl)
            : BootstrapUrl;
}
