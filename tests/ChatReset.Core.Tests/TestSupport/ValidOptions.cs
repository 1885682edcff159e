using ChatReset.Core;

namespace ChatReset.Core.Tests;

/// <summary>Settings shaped like the ones Salesforce's code snippet gives (reference §1).</summary>
internal static class ValidOptions
{
    public const string OrgId15 = "00D5g000004XyZq";

    public static ChatResetOptions Create() => new()
    {
        OrgId = OrgId15,
        DeploymentApiName = "ESA_Web_Deployment",
        SiteUrl = "https://acme.my.site.com/ESWWeb1700000000000",
        Scrt2Url = "https://acme.my.salesforce-scrt.com",
    };

    /// <summary>
    /// An independent, deliberately plain implementation of Salesforce's 15-to-18 character case checksum, so that
    /// the validator's own implementation is checked against something other than itself.
    /// </summary>
    public static string To18(string id15)
    {
        var suffix = string.Empty;
        foreach (var chunk in id15.Chunk(5))
        {
            var index = 0;
            for (var i = chunk.Length - 1; i >= 0; i--)
            {
                index = (index * 2) + (chunk[i] is >= 'A' and <= 'Z' ? 1 : 0);
            }

            suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[index];
        }

        return id15 + suffix;
    }
}
