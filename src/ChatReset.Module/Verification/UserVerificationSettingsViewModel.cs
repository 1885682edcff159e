using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChatReset.Module.Verification;

/// <summary>The "Verified chat" section of the Salesforce Chat settings page.</summary>
/// <remarks>Not sealed: Orchard builds editor shapes as proxies of their view model.</remarks>
public class UserVerificationSettingsViewModel
{
    public bool Enabled { get; set; }

    public string? Subject { get; set; }

    public string? Issuer { get; set; }

    /// <summary>"rotate" when the administrator pressed Generate or Rotate.</summary>
    public string? KeyAction { get; set; }

    [BindNever]
    public string? EffectiveIssuer { get; set; }

    [BindNever]
    public string? JwksUrl { get; set; }

    /// <summary>The published keys (JWKS), for a keyset from an endpoint URL or to read.</summary>
    [BindNever]
    public string? Jwks { get; set; }

    /// <summary>Each published key alone, as Salesforce's "New Key" upload takes them, with its id and certificate expiry.</summary>
    [BindNever]
    public IReadOnlyList<(string KeyId, DateTimeOffset CertificateExpiresUtc, string Jwk)> Keys { get; set; } = [];

    [BindNever]
    public DateTimeOffset? PreviousRetiresUtc { get; set; }
}
