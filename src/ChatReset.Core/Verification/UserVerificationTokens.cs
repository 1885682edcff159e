using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatReset.Core.Verification;

/// <summary>
/// The identity tokens Salesforce's <c>userVerificationAPI.setIdentityToken</c> takes, and the key set (JWKS) it
/// checks them against.
/// </summary>
/// <remarks>
/// What Salesforce documents (developer.salesforce.com/docs/service/messaging-web/guide/user-verification.html;
/// help.salesforce.com "Set Up Token-Based User Verification"): the token is a JWT signed with RS256, its <c>iss</c>
/// matches the issuer of the keyset set up in Salesforce, and the keyset is either a JWKS URL hosted outside Salesforce
/// or keys uploaded one by one (each with <c>kty</c>, <c>kid</c>, <c>alg</c>, <c>x5c</c>). The other claims are not
/// spelled out there; these tokens carry the registered ones a verifier expects (<c>sub</c>, <c>iat</c>, <c>nbf</c>,
/// <c>exp</c>) and the <c>kid</c> header that picks the key, and no <c>aud</c>, which Salesforce names nowhere.
/// </remarks>
public static class UserVerificationTokens
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A token for <paramref name="subject"/>, signed with the ring's current key, valid for <paramref name="lifetime"/>.</summary>
    public static string Issue(UserVerificationKeyRing ring, string issuer, string subject, DateTimeOffset now, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(ring);
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        ArgumentException.ThrowIfNullOrEmpty(subject);

        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Claims = new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = subject },
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(ring.Current.SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The published public keys as a JWKS document (<c>{"keys":[...]}</c>).</summary>
    public static string Jwks(UserVerificationKeyRing ring, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ring);

        var keys = ring.PublishedKeys(now).Select(key => PublicKey.From(key.ToJsonWebKey())).ToArray();
        return JsonSerializer.Serialize(new KeySet(keys), JwksJson.Default.KeySet);
    }

    /// <summary>One key alone, as Salesforce's "New Key" upload takes it (one key per file, not a set).</summary>
    public static string Jwk(UserVerificationSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);

        return JsonSerializer.Serialize(PublicKey.From(key.ToJsonWebKey()), JwksJson.Default.PublicKey);
    }

    internal sealed record KeySet([property: JsonPropertyName("keys")] PublicKey[] Keys);

    /// <summary>The public members only: a JWK serializer that wrote whatever the key object holds could leak more.</summary>
    internal sealed record PublicKey(
        [property: JsonPropertyName("kty")] string Kty,
        [property: JsonPropertyName("kid")] string Kid,
        [property: JsonPropertyName("use")] string Use,
        [property: JsonPropertyName("alg")] string Alg,
        [property: JsonPropertyName("n")] string N,
        [property: JsonPropertyName("e")] string E,
        [property: JsonPropertyName("x5c")] string[] X5c)
    {
        public static PublicKey From(JsonWebKey jwk) => new(jwk.Kty, jwk.Kid, jwk.Use, jwk.Alg, jwk.N, jwk.E, [.. jwk.X5c]);
    }
}

[JsonSerializable(typeof(UserVerificationTokens.KeySet))]
[JsonSerializable(typeof(UserVerificationTokens.PublicKey))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class JwksJson : JsonSerializerContext;
