namespace ChatReset.Module;

/// <summary>Feature ids and settings group ids, so the manifest, startups, drivers and menus agree.</summary>
public static class ChatResetConstants
{
    public static class Features
    {
        /// <summary>
        /// Chat settings pages and the reset script. Not the assembly's name (ChatReset.Module): Orchard gives a type
        /// without [Feature] to a feature named like the assembly, which this module does not declare, so every
        /// startup names its feature.
        /// </summary>
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
