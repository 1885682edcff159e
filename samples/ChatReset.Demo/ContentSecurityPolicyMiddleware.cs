using System.Security.Cryptography;
using ChatReset.Core;
using ChatReset.Core.AspNetCore;
using Microsoft.Extensions.Options;

namespace ChatReset.Demo;

/// <summary>
/// Gives every response a strict Content-Security-Policy: scripts only with this request's nonce (no
/// 'unsafe-inline'), plus the Salesforce origins ChatReset's options need; and the other headers a security review
/// expects of a showcase site.
/// </summary>
public sealed class ContentSecurityPolicyMiddleware
{
    private const string PermissionsPolicy =
        "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), "
        + "microphone=(), midi=(), payment=(), serial=(), usb=()";

    private static readonly object NonceKey = new();
    private readonly RequestDelegate _next;

    public ContentSecurityPolicyMiddleware(RequestDelegate next)
    {
        _next = next;
    }

    /// <summary>The nonce of the current request; every script tag the site writes carries it.</summary>
    public static string NonceOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(NonceKey, out var value) && value is string nonce)
        {
            return nonce;
        }

        nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Items[NonceKey] = nonce;
        return nonce;
    }

    public Task InvokeAsync(HttpContext context, IOptionsMonitor<ChatResetOptions> options)
    {
        var sources = ChatResetContentSecurityPolicy.For(options.CurrentValue);
        var nonce = NonceOf(context);
        var policy = string.Join("; ",
            "default-src 'self'",
            Directive("script-src", [$"'nonce-{nonce}'", .. sources.ScriptSources]),
            Directive("style-src", ["'self'", .. sources.StyleSources]),
            Directive("frame-src", sources.FrameSources.Count == 0 ? ["'none'"] : sources.FrameSources),
            Directive("connect-src", ["'self'", .. sources.ConnectSources]),
            "img-src 'self' data:",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = policy;
        headers.XContentTypeOptions = "nosniff";
        // frame-ancestors 'none' above, and the same for browsers that only know X-Frame-Options.
        headers.XFrameOptions = "DENY";
        // Cross-origin requests (Salesforce's included) learn the origin, never the page's path and query.
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        // Denied to the page and every frame in it, the Salesforce chat's included: Enhanced Chat for web uses none
        // of these. Clipboard, fullscreen and autoplay stay at their defaults, which the chat frame may use.
        headers["Permissions-Policy"] = PermissionsPolicy;
        return _next(context);
    }

    private static string Directive(string name, IEnumerable<string> sources) => $"{name} {string.Join(' ', sources)}";
}

/// <summary>Hands ChatReset the nonce of the current request.</summary>
public sealed class DemoNonceSource : IChatResetNonceSource
{
    public string? GetNonce(HttpContext httpContext) => ContentSecurityPolicyMiddleware.NonceOf(httpContext);
}
