using ChatReset.Core.PageContext;

namespace ChatReset.Module.PageContext;

/// <summary>
/// The site's hidden pre-chat field mapping, edited on the "Salesforce Chat" settings page. Stored in site settings
/// under <c>ChatPageContextSettings</c> (the page, a deployment plan, a recipe's <c>settings</c> or
/// <c>ChatResetSettings</c> step). Property names are the JSON keys; keep them stable.
/// </summary>
/// <remarks>
/// Its own settings object rather than part of <c>ChatDeploymentSettings</c>, so that a deployment of its own can
/// carry a mapping later without changing what is stored today.
/// </remarks>
public sealed class ChatPageContextSettings
{
    public List<HiddenPrechatField> HiddenPrechatFields { get; set; } = [];
}
