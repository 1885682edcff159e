namespace ChatReset.Module.Settings;

/// <summary>What visitors read, in one culture. An empty value falls back (see <see cref="Services.ChatWordingByCulture"/>).</summary>
public sealed class ChatWording
{
    public string? EndOfChatMessage { get; set; }

    public string? RestartLabel { get; set; }

    public string? DismissLabel { get; set; }

    public string? LauncherLabel { get; set; }
}
