using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OrchardCore.Navigation;

namespace ChatReset.Module;

/// <summary>
/// The two settings pages in the admin menu, where each Orchard Core line puts site settings such as General:
/// Settings &gt; "Salesforce Chat" and "Chat Wording" on 3.0 (Configuration &gt; Settings when the site keeps the legacy
/// menu), Configuration &gt; Settings on 2.x. Each item carries its page's permission, so users see only what they may edit.
/// </summary>
public sealed class AdminMenu : AdminNavigationProvider
{
    private static readonly RouteValueDictionary DeploymentRouteValues = new()
    {
        { "area", "OrchardCore.Settings" },
        { "groupId", ChatResetConstants.SettingsGroups.Deployment },
    };

    private static readonly RouteValueDictionary WordingRouteValues = new()
    {
        { "area", "OrchardCore.Settings" },
        { "groupId", ChatResetConstants.SettingsGroups.Wording },
    };

    internal readonly IStringLocalizer S;

    public AdminMenu(IStringLocalizer<AdminMenu> stringLocalizer)
    {
        S = stringLocalizer;
    }

    protected override ValueTask BuildAsync(NavigationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

#if ORCHARDCORE_2
        builder.Add(S["Configuration"], configuration => configuration
            .Add(S["Settings"], AddPages));
#else
        // 3.0 reorganised the admin menu (OrchardCMS/OrchardCore#17112) and keeps the 2.x layout behind a switch.
        if (NavigationHelper.UseLegacyFormat())
        {
            builder.Add(S["Configuration"], configuration => configuration
                .Add(S["Settings"], AddPages));
        }
        else
        {
            builder.Add(S["Settings"], AddPages);
        }
#endif

        return ValueTask.CompletedTask;
    }

    private void AddPages(NavigationItemBuilder settings) => settings
        .Add(S["Salesforce Chat"], S["Salesforce Chat"].PrefixPosition(), chat => chat
            .AddClass("chatreset-deployment").Id("chatresetDeployment")
            .Action("Index", "Admin", DeploymentRouteValues)
            .Permission(ChatResetPermissions.ManageChatDeployment)
            .LocalNav())
        .Add(S["Chat Wording"], S["Chat Wording"].PrefixPosition(), wording => wording
            .AddClass("chatreset-wording").Id("chatresetWording")
            .Action("Index", "Admin", WordingRouteValues)
            .Permission(ChatResetPermissions.EditChatWording)
            .LocalNav());
}
