using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace ChatReset.Core.Verification;

/// <summary>
/// One RSA key that signs identity tokens, with the self-signed certificate that carries its public half.
/// </summary>
/// <remarks>
/// Salesforce accepts an uploaded key only with <c>kty</c>, <c>kid</c>, <c>alg</c> and <c>x5c</c> (a certificate
/// valid for at least ten more days; help.salesforce.com, "Troubleshooting User Verification"), so every key comes
/// with a certificate even though a JWKS endpoint would do with <c>n</c> and <c>e</c>.
/// </remarks>
public sealed class UserVerificationSigningKey
{
    /// <summary>RSA size: 2048 bits is what RS256 requires at least, and what Salesforce's examples use.</summary>
    public const int KeySizeInBits = 2048;

    /// <summary>How long a new key's certificate is valid.</summary>
    public static readonly TimeSpan CertificateLifetime = TimeSpan.FromDays(3 * 365);

    private readonly byte[] _privateKey;
    private readonly Lazy<RsaSecurityKey> _signingKey;

    private UserVerificationSigningKey(byte[] pkcs8PrivateKey, byte[] certificate, DateTimeOffset createdUtc)
    {
        _privateKey = pkcs8PrivateKey;
        Certificate = certificate;
        CreatedUtc = createdUtc;
        using var x509 = X509CertificateLoader.LoadCertificate(certificate);
        CertificateExpiresUtc = new DateTimeOffset(x509.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        using var publicKey = x509.GetRSAPublicKey() ?? throw new CryptographicException("The certificate holds no RSA key.");
        KeyId = Base64UrlEncoder.Encode(
            JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(publicKey.ExportParameters(false))).ComputeJwkThumbprint());
        _signingKey = new Lazy<RsaSecurityKey>(CreateSigningKey);
    }

    /// <summary>The key's id (<c>kid</c>): its RFC 7638 thumbprint, so the same key always has the same id.</summary>
    public string KeyId { get; }

    /// <summary>When the key was generated.</summary>
    public DateTimeOffset CreatedUtc { get; }

    /// <summary>When the key's certificate (and so the key, for Salesforce) stops being valid.</summary>
    public DateTimeOffset CertificateExpiresUtc { get; }

    /// <summary>The certificate (DER), public.</summary>
    public byte[] Certificate { get; }

    /// <summary>Generates a new key and its self-signed certificate.</summary>
    public static UserVerificationSigningKey Generate(DateTimeOffset now)
    {
        using var rsa = RSA.Create(KeySizeInBits);
        var request = new CertificateRequest(
            "CN=ChatReset user verification", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        // A day's slack on the start: a verifier whose clock runs behind must not see a certificate from the future.
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.Add(CertificateLifetime));
        return new UserVerificationSigningKey(rsa.ExportPkcs8PrivateKey(), certificate.Export(X509ContentType.Cert), now);
    }

    /// <summary>Restores a key from its stored parts (see <see cref="UserVerificationKeyRingProtector"/>).</summary>
    internal static UserVerificationSigningKey Restore(byte[] pkcs8PrivateKey, byte[] certificate, DateTimeOffset createdUtc)
        => new(pkcs8PrivateKey, certificate, createdUtc);

    /// <summary>The private key (PKCS#8), for the protected store only.</summary>
    internal byte[] ExportPrivateKey() => (byte[])_privateKey.Clone();

    /// <summary>The key that signs tokens (the private key, parsed once).</summary>
    internal RsaSecurityKey SigningKey => _signingKey.Value;

    /// <summary>The public key as a JSON Web Key, as Salesforce wants it: RS256, for signatures, with its certificate.</summary>
    public JsonWebKey ToJsonWebKey()
    {
        using var x509 = X509CertificateLoader.LoadCertificate(Certificate);
        var jwk = JsonWebKeyConverter.ConvertFromX509SecurityKey(new X509SecurityKey(x509), representAsRsaKey: true);
        jwk.Kid = KeyId;
        jwk.Alg = SecurityAlgorithms.RsaSha256;
        jwk.Use = JsonWebKeyUseNames.Sig;
        if (jwk.X5c.Count == 0)
        {
            // The RSA representation leaves the certificate out; Salesforce's key upload requires it.
            jwk.X5c.Add(Convert.ToBase64String(Certificate));
        }

        return jwk;
    }

    private RsaSecurityKey CreateSigningKey()
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(_privateKey, out _);
        // The RSA instance lives as long as this key (the ring is cached, not disposed per request).
        return new RsaSecurityKey(rsa) { KeyId = KeyId };
    }
}
