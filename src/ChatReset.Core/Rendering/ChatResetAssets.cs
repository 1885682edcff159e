namespace ChatReset.Core.Rendering;

/// <summary>Where the browser finds ChatReset's static web assets.</summary>
/// <remarks>
/// The files served under these names are the minified builds of the readable <c>wwwroot</c> sources (see
/// <c>MinifiedAssets.targets</c>); with <c>MapStaticAssets</c> they are also served under fingerprinted names, which
/// <see cref="AspNetCore.ChatResetPageRenderer"/> resolves.
/// </remarks>
public static class ChatResetAssets
{
    /// <summary>The static web asset base path of this library (served by ASP.NET Core's static files).</summary>
    public const string BasePath = "/_content/ChatReset.Core";

    /// <summary>The reset script, relative to <see cref="BasePath"/>.</summary>
    public const string ScriptFile = "chat-reset.js";

    /// <summary>
    /// The optional features' script (hidden pre-chat fields, verified visitors), relative to <see cref="BasePath"/>:
    /// linked only on pages that use one, so that the chat of every other page weighs no more for them.
    /// </summary>
    public const string FeaturesScriptFile = "chat-reset-features.js";

    /// <summary>The notice and launcher styles, relative to <see cref="BasePath"/>.</summary>
    public const string StylesheetFile = "chat-reset.css";
}

/// <summary>The URLs a page links ChatReset's scripts and stylesheet with.</summary>
/// <param name="Script">The reset script's URL, written into <c>&lt;script src&gt;</c>.</param>
/// <param name="Stylesheet">The stylesheet's URL, written into <c>&lt;link href&gt;</c>.</param>
/// <param name="FeaturesScript">The optional features' script's URL, for pages that use one.</param>
public sealed record ChatResetAssetUrls(string Script, string Stylesheet, string FeaturesScript)
{
    /// <summary>The plain URLs under <see cref="ChatResetAssets.BasePath"/>, for a site at the root of its host.</summary>
    public static ChatResetAssetUrls Default { get; } = Under(ChatResetAssets.BasePath);

    /// <summary>The plain (not fingerprinted) URLs under <paramref name="basePath"/>, e.g. <c>/shop/_content/ChatReset.Core</c>.</summary>
    public static ChatResetAssetUrls Under(string basePath)
    {
        ArgumentNullException.ThrowIfNull(basePath);
        var trimmed = basePath.TrimEnd('/');
        return new ChatResetAssetUrls(
            $"{trimmed}/{ChatResetAssets.ScriptFile}", $"{trimmed}/{ChatResetAssets.StylesheetFile}", $"{trimmed}/{ChatResetAssets.FeaturesScriptFile}");
    }
}
