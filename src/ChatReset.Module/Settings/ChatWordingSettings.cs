namespace ChatReset.Module.Settings;

/// <summary>
/// The chat wording per culture of the site, stored in site settings under <c>ChatWordingSettings</c> as
/// <c>{ "Cultures": { "en-US": { "EndOfChatMessage": "…", … }, "fr": { … } } }</c>, and per additional deployment
/// that overrides it, <c>"Deployments": { "Support": { "Cultures": { "en-US": { … } } } }</c>. Which text a culture
/// reads is <see cref="Services.ChatWordingByCulture"/>'s concern.
/// </summary>
public sealed class ChatWordingSettings
{
    public Dictionary<string, ChatWording> Cultures { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Wording that overrides the site's for pages using a deployment, by deployment name, then per culture.</summary>
    public Dictionary<string, ChatDeploymentWording> Deployments { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One deployment's wording per culture; an empty field falls back to the site's wording.</summary>
public sealed class ChatDeploymentWording
{
    public Dictionary<string, ChatWording> Cultures { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
