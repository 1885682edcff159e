using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using ChatReset.Core.Verification;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatReset.Core.Tests;

/// <summary>
/// The tokens and keys of verified chat, checked the way Salesforce checks them: against the published key set, with
/// the library's validator, never with the code that signed them.
/// </summary>
public sealed class UserVerificationTokenTests
{
    private const string Issuer = "https://shop.example.com";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    // Generating RSA keys is slow; one ring serves the tests that only read it.
    private static readonly UserVerificationKeyRing Ring = UserVerificationKeyRing.Generate(Now);

    /// <summary>Validates as a verifier holding the published JWKS at <paramref name="publishedAt"/> and a clock at <paramref name="clock"/>.</summary>
    private static Task<TokenValidationResult> ValidateAsync(string token, string jwks, DateTimeOffset clock)
        => new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = new JsonWebKeySet(jwks).GetSigningKeys(),
            ValidIssuer = Issuer,
            ValidateAudience = false,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (notBefore, expires, _, _) => notBefore <= clock.UtcDateTime && clock.UtcDateTime < expires,
        });

    [Fact]
    public async Task A_token_carries_the_subject_issuer_and_times_and_its_signature_checks_against_the_published_key_set()
    {
        var token = UserVerificationTokens.Issue(Ring, Issuer, "user-42", Now, Lifetime);

        var result = await ValidateAsync(token, UserVerificationTokens.Jwks(Ring, Now), Now);

        Assert.True(result.IsValid, result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.Equal("RS256", jwt.Alg);
        Assert.Equal("JWT", jwt.Typ);
        Assert.Equal(Ring.Current.KeyId, jwt.Kid);
        Assert.Equal("user-42", jwt.Subject);
        Assert.Equal(Issuer, jwt.Issuer);
        Assert.Equal(Now.ToUnixTimeSeconds(), ((DateTimeOffset)jwt.IssuedAt).ToUnixTimeSeconds());
        Assert.Equal((Now + Lifetime).ToUnixTimeSeconds(), ((DateTimeOffset)jwt.ValidTo).ToUnixTimeSeconds());
    }

    [Fact]
    public async Task A_token_is_refused_once_expired_and_when_signed_by_a_key_that_is_not_published()
    {
        var token = UserVerificationTokens.Issue(Ring, Issuer, "user-42", Now, Lifetime);
        var jwks = UserVerificationTokens.Jwks(Ring, Now);

        Assert.False((await ValidateAsync(token, jwks, Now + Lifetime)).IsValid);
        Assert.True((await ValidateAsync(token, jwks, Now + Lifetime - TimeSpan.FromSeconds(1))).IsValid);

        var otherSite = UserVerificationKeyRing.Generate(Now);
        var forged = UserVerificationTokens.Issue(otherSite, Issuer, "user-42", Now, Lifetime);
        var forgedResult = await ValidateAsync(forged, jwks, Now);
        Assert.False(forgedResult.IsValid);
        Assert.IsType<SecurityTokenSignatureKeyNotFoundException>(forgedResult.Exception);
    }

    [Fact]
    public async Task After_a_rotation_the_previous_key_stays_published_until_every_token_it_signed_has_expired()
    {
        var signedBefore = UserVerificationTokens.Issue(Ring, Issuer, "user-42", Now, Lifetime);
        var rotatedAt = Now.AddMinutes(1);
        var rotated = Ring.Rotate(rotatedAt, Lifetime);
        var signedAfter = UserVerificationTokens.Issue(rotated, Issuer, "user-42", rotatedAt, Lifetime);

        Assert.NotEqual(Ring.Current.KeyId, rotated.Current.KeyId);
        Assert.Equal(Ring.Current.KeyId, rotated.Previous?.KeyId);

        // The last token the old key signed is still valid just before it expires: both keys are published.
        var lastMoment = rotatedAt + Lifetime - TimeSpan.FromSeconds(2);
        var jwksThen = UserVerificationTokens.Jwks(rotated, lastMoment);
        var lastOldToken = UserVerificationTokens.Issue(Ring, Issuer, "user-42", rotatedAt - TimeSpan.FromSeconds(1), Lifetime);
        Assert.True((await ValidateAsync(lastOldToken, jwksThen, lastMoment)).IsValid);
        Assert.True((await ValidateAsync(signedAfter, jwksThen, lastMoment)).IsValid);
        Assert.Equal(2, new JsonWebKeySet(jwksThen).Keys.Count);

        // Once every old token has expired (and the margin passed) the old key is gone from the set.
        var afterRetirement = rotatedAt + Lifetime + UserVerificationKeyRing.RotationMargin;
        var jwksLater = UserVerificationTokens.Jwks(rotated, afterRetirement);
        Assert.Equal([rotated.Current.KeyId], new JsonWebKeySet(jwksLater).Keys.Select(key => key.Kid));
        Assert.False((await ValidateAsync(signedBefore, jwksLater, Now)).IsValid);
    }

    [Fact]
    public void The_key_set_publishes_what_Salesforce_asks_for_and_no_private_part()
    {
        using var jwks = JsonDocument.Parse(UserVerificationTokens.Jwks(Ring, Now));
        var key = Assert.Single(jwks.RootElement.GetProperty("keys").EnumerateArray());
        var members = key.EnumerateObject().Select(member => member.Name).Order().ToArray();

        Assert.Equal(["alg", "e", "kid", "kty", "n", "use", "x5c"], members);
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.Equal("RS256", key.GetProperty("alg").GetString());
        Assert.Equal("sig", key.GetProperty("use").GetString());

        // The certificate holds the same public key, and Salesforce wants it valid for ten days at least.
        using var certificate = X509CertificateLoader.LoadCertificate(
            Convert.FromBase64String(key.GetProperty("x5c")[0].GetString()!));
        Assert.True(certificate.NotAfter > DateTime.Now.AddDays(10));
        using var rsa = certificate.GetRSAPublicKey()!;
        Assert.Equal(Base64UrlEncoder.Encode(rsa.ExportParameters(false).Modulus), key.GetProperty("n").GetString());
    }

    [Fact]
    public void The_stored_ring_is_protected_and_only_the_same_protection_keys_read_it()
    {
        var provider = new EphemeralDataProtectionProvider();
        var protector = new UserVerificationKeyRingProtector(provider);
        var rotated = Ring.Rotate(Now, Lifetime);

        var stored = protector.Protect(rotated);
        var read = new UserVerificationKeyRingProtector(provider).Unprotect(stored);

        Assert.DoesNotContain(Convert.ToBase64String(rotated.Current.ExportPrivateKey()), stored, StringComparison.Ordinal);
        Assert.DoesNotContain("PrivateKey", stored, StringComparison.Ordinal);
        Assert.NotNull(read);
        Assert.Equal(rotated.Current.KeyId, read.Current.KeyId);
        Assert.Equal(rotated.Previous!.KeyId, read.Previous!.KeyId);
        Assert.Equal(rotated.PreviousRetiresUtc, read.PreviousRetiresUtc);
        Assert.Equal(rotated.VisitorMarker("user-42"), read.VisitorMarker("user-42"));

        Assert.Null(new UserVerificationKeyRingProtector(new EphemeralDataProtectionProvider()).Unprotect(stored));
        Assert.Null(protector.Unprotect(stored[..^4] + "AAAA"));
    }

    [Fact]
    public void A_visitor_marker_is_stable_for_a_user_differs_between_users_and_does_not_show_the_id()
    {
        var marker = Ring.VisitorMarker("user-42");

        Assert.Equal(marker, Ring.VisitorMarker("user-42"));
        Assert.NotEqual(marker, Ring.VisitorMarker("user-43"));
        Assert.DoesNotContain("42", marker, StringComparison.Ordinal);
        Assert.NotEqual(marker, UserVerificationKeyRing.Generate(Now).VisitorMarker("user-42"));
        // A rotation keeps the markers: rotating keys must not end anybody's chat.
        Assert.Equal(marker, Ring.Rotate(Now, Lifetime).VisitorMarker("user-42"));
    }
}
