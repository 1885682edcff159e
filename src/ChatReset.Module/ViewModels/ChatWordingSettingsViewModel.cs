using System.ComponentModel.DataAnnotations;

namespace ChatReset.Module.ViewModels;

/// <summary>The "Chat Wording" settings editor: one set of texts per culture of the site, default culture first.</summary>
/// <remarks>Not sealed: Orchard builds editor shapes as proxies of their view model.</remarks>
public class ChatWordingSettingsViewModel
{
    public List<ChatCultureWordingViewModel> Cultures { get; set; } = [];
}

/// <summary>The texts of one culture. Empty fields fall back to the default culture, then to the built-in text.</summary>
public class ChatCultureWordingViewModel
{
    /// <summary>
    /// The culture's name. Empty is a real name: the invariant culture a site runs in when the server has no culture
    /// (LANG=C.UTF-8) and localization is off; it must reach the driver as "", not as null.
    /// </summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Culture { get; set; }

    public string? EndOfChatMessage { get; set; }

    public string? RestartLabel { get; set; }

    public string? DismissLabel { get; set; }

    public string? LauncherLabel { get; set; }

    // Display only (never bound back): the culture's name for humans and what an empty field falls back to.
    public string? CultureDisplayName { get; set; }

    public bool IsDefaultCulture { get; set; }

    public string? FallbackEndOfChatMessage { get; set; }

    public string? FallbackRestartLabel { get; set; }

    public string? FallbackDismissLabel { get; set; }

    public string? FallbackLauncherLabel { get; set; }
}
