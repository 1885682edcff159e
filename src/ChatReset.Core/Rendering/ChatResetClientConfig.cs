using System.Text.Json.Serialization;

namespace ChatReset.Core.Rendering;

/// <summary>
/// The configuration the reset script reads from the page's JSON data block
/// (<c>&lt;script type="application/json" data-chat-reset-config&gt;</c>). Property names are the script's contract.
/// </summary>
internal sealed record ChatResetClientConfig(
    [property: JsonPropertyName("orgId")] string OrgId,
    [property: JsonPropertyName("deploymentApiName")] string DeploymentApiName,
    [property: JsonPropertyName("siteUrl")] string SiteUrl,
    [property: JsonPropertyName("scrt2Url")] string Scrt2Url,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("bootstrapUrl")] string BootstrapUrl,
    [property: JsonPropertyName("productionMode")] bool ProductionMode,
    [property: JsonPropertyName("loadOnInteraction")] bool LoadOnInteraction);

/// <summary>
/// Source-generated serializer. The default <see cref="System.Text.Encodings.Web.JavaScriptEncoder"/> escapes
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and everything outside Basic Latin (U+2028/U+2029 included), so the
/// JSON can sit inside a <c>&lt;script&gt;</c> element without <c>&lt;/script&gt;</c> or <c>&lt;!--</c> ever closing it.
/// </summary>
[JsonSerializable(typeof(ChatResetClientConfig))]
internal sealed partial class ChatResetJsonContext : JsonSerializerContext;
