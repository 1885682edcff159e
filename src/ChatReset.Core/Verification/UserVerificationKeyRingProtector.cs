using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;

namespace ChatReset.Core.Verification;

/// <summary>
/// Turns a <see cref="UserVerificationKeyRing"/> into the one protected string a store keeps, and back, with ASP.NET
/// Core Data Protection: the private keys are never stored in clear (the way Orchard Core keeps the SMTP password and
/// the Google client secret, OrchardCore.Email.Smtp/Drivers/SmtpSettingsDisplayDriver.cs). Register as a singleton.
/// </summary>
public sealed class UserVerificationKeyRingProtector
{
    /// <summary>The Data Protection purpose; a different purpose cannot read the keys.</summary>
    public const string Purpose = "ChatReset.UserVerification.KeyRing.v1";

    private readonly IDataProtector _protector;
    // One reference, so that concurrent requests read a whole pair.
    private volatile ReadRing? _last;

    public UserVerificationKeyRingProtector(IDataProtectionProvider dataProtectionProvider)
    {
        ArgumentNullException.ThrowIfNull(dataProtectionProvider);

        _protector = dataProtectionProvider.CreateProtector(Purpose);
    }

    /// <summary>The ring as a protected string.</summary>
    public string Protect(UserVerificationKeyRing ring)
    {
        ArgumentNullException.ThrowIfNull(ring);

        var stored = new StoredRing(
            Store(ring.Current), ring.Previous is null ? null : Store(ring.Previous), ring.PreviousRetiresUtc, ring.MarkerSecret);
        var text = _protector.Protect(JsonSerializer.Serialize(stored, StoredRingJson.Default.StoredRing));
        _last = new ReadRing(text, ring);
        return text;
    }

    /// <summary>
    /// The ring a protected string holds, or null when it cannot be read (protected by another site or key ring, or
    /// altered). The last ring read is kept, so that a store read on every request parses its keys once.
    /// </summary>
    public UserVerificationKeyRing? Unprotect(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (_last is { } last && string.Equals(last.Protected, text, StringComparison.Ordinal))
        {
            return last.Ring;
        }

        try
        {
            var stored = JsonSerializer.Deserialize(_protector.Unprotect(text), StoredRingJson.Default.StoredRing);
            if (stored is null)
            {
                return null;
            }

            var ring = new UserVerificationKeyRing(
                Restore(stored.Current), stored.Previous is null ? null : Restore(stored.Previous), stored.PreviousRetiresUtc, stored.MarkerSecret);
            _last = new ReadRing(text, ring);
            return ring;
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private static StoredKey Store(UserVerificationSigningKey key) => new(key.ExportPrivateKey(), key.Certificate, key.CreatedUtc);

    private static UserVerificationSigningKey Restore(StoredKey key) => UserVerificationSigningKey.Restore(key.PrivateKey, key.Certificate, key.CreatedUtc);

    private sealed record ReadRing(string Protected, UserVerificationKeyRing Ring);

    internal sealed record StoredKey(byte[] PrivateKey, byte[] Certificate, DateTimeOffset CreatedUtc);

    internal sealed record StoredRing(StoredKey Current, StoredKey? Previous, DateTimeOffset? PreviousRetiresUtc, byte[] MarkerSecret);
}

[JsonSerializable(typeof(UserVerificationKeyRingProtector.StoredRing))]
internal sealed partial class StoredRingJson : JsonSerializerContext;
