namespace ChatReset.Module;

/// <summary>Feature ids and settings group ids, so the manifest, startups, drivers and menus agree.</summary>
public static class ChatResetConstants
{
    public static class Features
    {
        /// <summary>Chat settings pages and the reset script. Same as the assembly name, as Orchard expects.</summary>
        public const string ChatReset = "ChatReset";

        /// <summary>The Chat widget; depends on <see cref="ChatReset"/> and OrchardCore.Widgets.</summary>
        public const string Widgets = "ChatReset.Widgets";
    }

    public static class SettingsGroups
    {
        /// <summary>The "Salesforce Chat" settings page (Configuration &gt; Settings).</summary>
        public const string Deployment = "chatreset-deployment";

        /// <summary>The "Chat Wording" settings page (Configuration &gt; Settings).</summary>
        public const string Wording = "chatreset-wording";
    }
}
