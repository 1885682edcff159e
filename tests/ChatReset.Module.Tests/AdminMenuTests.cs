using OrchardCore.Navigation;

namespace ChatReset.Module.Tests;

public sealed class AdminMenuTests
{
    private static async Task<List<MenuItem>> BuildAsync(string menuName)
    {
        var builder = new NavigationBuilder();
        await new AdminMenu(new PassThroughLocalizer<AdminMenu>()).BuildNavigationAsync(menuName, builder);
        return builder.Build();
    }

    // Where Orchard Core puts its own General settings page: Settings on 3.0, Configuration > Settings on 2.x.
    private static MenuItem Page(List<MenuItem> menu, string caption)
    {
#if ORCHARDCORE_2
        menu = Assert.Single(menu, m => m.Text.Name == "Configuration").Items;
#endif
        var settings = Assert.Single(menu, m => m.Text.Name == "Settings");
        return Assert.Single(settings.Items, m => m.Text.Name == caption);
    }

    [Theory]
    [InlineData("Salesforce Chat", ChatResetConstants.SettingsGroups.Deployment, "ManageChatDeployment")]
    [InlineData("Chat Wording", ChatResetConstants.SettingsGroups.Wording, "EditChatWording")]
    public async Task Each_settings_page_has_an_entry_guarded_by_its_permission(string caption, string groupId, string permission)
    {
        var item = Page(await BuildAsync(NavigationConstants.AdminId), caption);

        Assert.Equal("OrchardCore.Settings", item.RouteValues["area"]);
        Assert.Equal("Admin", item.RouteValues["controller"]);
        Assert.Equal("Index", item.RouteValues["action"]);
        Assert.Equal(groupId, item.RouteValues["groupId"]);
        Assert.Equal(permission, Assert.Single(item.Permissions).Name);
        Assert.True(item.LocalNav);
    }

#if !ORCHARDCORE_2
    [Fact]
    public async Task The_legacy_menu_switch_puts_the_pages_under_configuration()
    {
        AppContext.SetSwitch(NavigationConstants.LegacyAdminMenuNavigationSwitchKey, true);
        try
        {
            var menu = await BuildAsync(NavigationConstants.AdminId);

            var configuration = Assert.Single(menu, m => m.Text.Name == "Configuration");
            var settings = Assert.Single(configuration.Items, m => m.Text.Name == "Settings");
            Assert.Equal(["Salesforce Chat", "Chat Wording"], settings.Items.Select(m => m.Text.Name));
        }
        finally
        {
            AppContext.SetSwitch(NavigationConstants.LegacyAdminMenuNavigationSwitchKey, false);
        }
    }

#endif
}
