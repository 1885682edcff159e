using System.Globalization;

namespace ChatReset.Module.Services;

/// <summary>
/// Turns the site's stored chat settings into the <see cref="ChatReset.Core.ChatResetOptions"/> that Core renders:
/// the "Salesforce Chat" deployment, the "Chat Wording" text for the culture (with fallback to the site's
/// default culture and then the built-in text), and the host's forced production mode. The Chat widget and any
/// other placement of the chat use this, never the raw settings.
/// </summary>
public interface IChatResetSiteOptions
{
    /// <summary>The options for the current request's UI culture.</summary>
    Task<ChatResetSiteOptionsResult> GetAsync();

    /// <summary>The options for <paramref name="culture"/>.</summary>
    Task<ChatResetSiteOptionsResult> GetAsync(CultureInfo culture);
}
