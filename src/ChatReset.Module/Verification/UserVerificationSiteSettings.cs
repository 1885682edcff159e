namespace ChatReset.Module.Verification;

/// <summary>
/// Verified chat for the site's signed-in users, kept with the site settings. Off by default. The signing keys are
/// stored protected with the tenant's Data Protection keys, never in clear (like OrchardCore.Email.Smtp's password).
/// </summary>
public sealed class UserVerificationSiteSettings
{
    /// <summary>Signed-in users chat as themselves.</summary>
    public bool Enabled { get; set; }

    /// <summary>Which of the user's identifiers becomes the token's subject (<see cref="UserVerificationSubjects"/>).</summary>
    public string? Subject { get; set; } = UserVerificationSubjects.UserId;

    /// <summary>The tokens' issuer, as entered for the keyset in Salesforce; empty for the site's URL.</summary>
    public string? Issuer { get; set; }

    /// <summary>The key ring, protected (<see cref="ChatReset.Core.Verification.UserVerificationKeyRingProtector"/>).</summary>
    public string? ProtectedKeys { get; set; }
}

/// <summary>The identifiers an administrator may choose as the subject: stable ones a user cannot change to another's.</summary>
public static class UserVerificationSubjects
{
    /// <summary>Orchard Core's user id (the <c>NameIdentifier</c> claim): never changes, never reused. The default.</summary>
    public const string UserId = "UserId";

    /// <summary>
    /// The user name (the <c>Name</c> claim): readable in Salesforce, but an administrator can rename a user, and a
    /// freed name can be taken by someone else, who would then see the previous holder's chats.
    /// </summary>
    public const string UserName = "UserName";

    /// <summary>The claim behind a subject choice; null for an unknown one.</summary>
    public static string? ClaimType(string? subject) => subject switch
    {
        UserId => System.Security.Claims.ClaimTypes.NameIdentifier,
        UserName => System.Security.Claims.ClaimTypes.Name,
        _ => null,
    };
}
