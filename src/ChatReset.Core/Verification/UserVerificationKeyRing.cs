using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace ChatReset.Core.Verification;

/// <summary>
/// The keys of a site's verified chat: the current signing key, the previous one while tokens it signed may still be
/// in use, and the secret behind the visitor markers. Immutable: generating and rotating return a new ring.
/// </summary>
public sealed class UserVerificationKeyRing
{
    /// <summary>
    /// How long after its last token the previous key stays published: tokens are checked against the key set
    /// Salesforce holds, which may lag and whose clock may differ from the site's.
    /// </summary>
    public static readonly TimeSpan RotationMargin = TimeSpan.FromMinutes(5);

    private const int MarkerSecretBytes = 32;

    internal UserVerificationKeyRing(
        UserVerificationSigningKey current, UserVerificationSigningKey? previous, DateTimeOffset? previousRetiresUtc, byte[] markerSecret)
    {
        Current = current;
        Previous = previous;
        PreviousRetiresUtc = previous is null ? null : previousRetiresUtc;
        MarkerSecret = markerSecret;
    }

    /// <summary>The key that signs new tokens.</summary>
    public UserVerificationSigningKey Current { get; }

    /// <summary>The key that signed tokens before the last rotation, published until <see cref="PreviousRetiresUtc"/>.</summary>
    public UserVerificationSigningKey? Previous { get; }

    /// <summary>When every token the previous key signed has expired (with <see cref="RotationMargin"/>).</summary>
    public DateTimeOffset? PreviousRetiresUtc { get; }

    internal byte[] MarkerSecret { get; }

    /// <summary>A new ring with a new key and a new marker secret.</summary>
    public static UserVerificationKeyRing Generate(DateTimeOffset now)
        => new(UserVerificationSigningKey.Generate(now), null, null, RandomNumberGenerator.GetBytes(MarkerSecretBytes));

    /// <summary>
    /// A new current key; the current one becomes the previous, published until every token it signed has expired:
    /// <paramref name="tokenLifetime"/> from now plus <see cref="RotationMargin"/>. The marker secret stays, so that
    /// a rotation does not end anybody's chat.
    /// </summary>
    public UserVerificationKeyRing Rotate(DateTimeOffset now, TimeSpan tokenLifetime)
        => new(UserVerificationSigningKey.Generate(now), Current, now + tokenLifetime + RotationMargin, MarkerSecret);

    /// <summary>The keys to publish at <paramref name="now"/>: the current one, and the previous one until it retires.</summary>
    public IReadOnlyList<UserVerificationSigningKey> PublishedKeys(DateTimeOffset now)
        => Previous is not null && now < PreviousRetiresUtc ? [Current, Previous] : [Current];

    /// <summary>
    /// An opaque marker of <paramref name="subject"/> for the page: an HMAC under the ring's secret, so that the script
    /// can tell another user (or nobody) from the one whose chat it holds, while the page never shows the identifier.
    /// </summary>
    public string VisitorMarker(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);

        var mac = HMACSHA256.HashData(MarkerSecret, Encoding.UTF8.GetBytes(subject));
        return Base64UrlEncoder.Encode(mac.AsSpan(0, 16).ToArray());
    }
}
