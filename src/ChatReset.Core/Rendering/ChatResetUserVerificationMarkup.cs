using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatReset.Core.Verification;
using Microsoft.AspNetCore.Html;

namespace ChatReset.Core.Rendering;

/// <summary>
/// Adds a signed-in visitor's <c>userVerification</c> member to the cached markup's configuration, per request: the
/// rest of the markup stays cached by settings, and pages of anonymous visitors are exactly what they were.
/// </summary>
internal static class ChatResetUserVerificationMarkup
{
    // Encoded like the rest of the configuration (see ChatResetRenderer): nothing in it can close the data block.
    private static readonly UserVerificationJsonContext Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });

    public static ChatResetMarkup WithUserVerification(this ChatResetMarkup markup, UserVerificationClientConfig? userVerification)
    {
        if (userVerification is null)
        {
            return markup;
        }

        var json = markup.ConfigJson;
        var extended = string.Concat(
            json.AsSpan(0, json.Length - 1),
            ",\"userVerification\":",
            JsonSerializer.Serialize(userVerification, Json.UserVerificationClientConfig),
            "}");

        // The configuration is the one JSON object in the markup: the host's text is HTML-encoded, so no quote in it
        // can start one.
        string With(string segment) => segment.Replace(json, extended, StringComparison.Ordinal);
        return markup with
        {
            Assets = new HtmlString(With(markup.Assets.Value!)),
            WithoutNonce = new HtmlString(With(markup.WithoutNonce.Value!)),
            AssetsBeforeLinkNonce = With(markup.AssetsBeforeLinkNonce),
            ConfigJson = extended,
        };
    }
}

[JsonSerializable(typeof(UserVerificationClientConfig))]
internal sealed partial class UserVerificationJsonContext : JsonSerializerContext;
