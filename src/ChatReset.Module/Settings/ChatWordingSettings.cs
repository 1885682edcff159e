namespace ChatReset.Module.Settings;

/// <summary>
/// The chat wording per culture of the site, stored in site settings under <c>ChatWordingSettings</c> as
/// <c>{ "Cultures": { "en-US": { "EndOfChatMessage": "…", … }, "fr": { … } } }</c>. Which text a culture reads is
/// <see cref="Services.ChatWordingByCulture"/>'s concern.
/// </summary>
public sealed class ChatWordingSettings
{
    public Dictionary<string, ChatWording> Cultures { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
