using System.ComponentModel.DataAnnotations;
using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChatReset.Module.ViewModels;

/// <summary>
/// The "Chat Wording" settings editor: one set of texts per culture of the site, default culture first, then one per
/// additional deployment and culture.
/// </summary>
/// <remarks>Not sealed: Orchard builds editor shapes as proxies of their view model.</remarks>
public class ChatWordingSettingsViewModel
{
    public List<ChatCultureWordingViewModel> Cultures { get; set; } = [];
}

/// <summary>
/// The texts of one culture, and what a <c>ChatResetSettings</c> recipe step's culture is read into. Empty fields fall
/// back to the default culture, then to the built-in text.
/// </summary>
public class ChatCultureWordingViewModel
{
    /// <summary>
    /// The culture's name. Empty is a real name: the invariant culture a site runs in when the server has no culture
    /// (LANG=C.UTF-8) and localization is off; it must reach the driver as "", not as null.
    /// </summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Culture { get; set; }

    /// <summary>The additional deployment whose wording this is; null for the site's wording.</summary>
    public string? Deployment { get; set; }

    public string? EndOfChatMessage { get; set; }

    public string? RestartLabel { get; set; }

    public string? DismissLabel { get; set; }

    public string? LauncherLabel { get; set; }

    /// <summary>The culture's name for people.</summary>
    [BindNever]
    public string? CultureDisplayName { get; set; }

    [BindNever]
    public bool IsDefaultCulture { get; set; }

    /// <summary>What each empty field falls back to, shown as its placeholder.</summary>
    [BindNever]
    public ChatWording Fallback { get; set; } = new();

    internal void Load(ChatWording wording)
    {
        EndOfChatMessage = wording.EndOfChatMessage;
        RestartLabel = wording.RestartLabel;
        DismissLabel = wording.DismissLabel;
        LauncherLabel = wording.LauncherLabel;
    }

    /// <summary>What was entered, trimmed, blank as null.</summary>
    internal ChatWording ToWording() => new()
    {
        EndOfChatMessage = ChatSettingsValidation.Clean(EndOfChatMessage),
        RestartLabel = ChatSettingsValidation.Clean(RestartLabel),
        DismissLabel = ChatSettingsValidation.Clean(DismissLabel),
        LauncherLabel = ChatSettingsValidation.Clean(LauncherLabel),
    };
}
