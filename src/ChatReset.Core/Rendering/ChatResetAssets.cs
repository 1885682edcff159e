namespace ChatReset.Core.Rendering;

/// <summary>Where the browser finds ChatReset's static web assets.</summary>
public static class ChatResetAssets
{
    /// <summary>The static web asset base path of this library (served by ASP.NET Core's static files).</summary>
    public const string BasePath = "/_content/ChatReset.Core";

    /// <summary>The reset script, relative to <see cref="BasePath"/>.</summary>
    public const string ScriptFile = "chat-reset.js";

    /// <summary>The notice and launcher styles, relative to <see cref="BasePath"/>.</summary>
    public const string StylesheetFile = "chat-reset.css";
}
