using OrchardCore.Security.Permissions;

namespace ChatReset.Module;

/// <summary>The permissions that guard ChatReset's two settings pages.</summary>
public static class ChatResetPermissions
{
    /// <summary>Change the Salesforce deployment (org, deployment, URLs, production and loading switches).</summary>
    public static readonly Permission ManageChatDeployment =
        new("ManageChatDeployment", "Manage the Salesforce chat deployment", isSecurityCritical: true);

    /// <summary>Change what visitors read: end-of-chat message and button labels, per culture.</summary>
    public static readonly Permission EditChatWording =
        new("EditChatWording", "Edit the chat wording shown to visitors");
}
