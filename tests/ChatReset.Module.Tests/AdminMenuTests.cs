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

    private static MenuItem Page(List<MenuItem> menu, string caption)
    {
        var settings = Assert.Single(menu, m => m.Text.Name == "Settings");
        return Assert.Single(settings.Items, m => m.Text.Name == caption);
    }

    [Theory]
    [InlineData("Salesforce Chat", ChatResetConstants.SettingsGroups.Deployment, "ManageChatDeployment")]
    [InlineData("Chat Wording", ChatResetConstants.SettingsGroups.Wording, "EditChatWording")]
    public async Task EachSettingsPageHasAnEntryGuardedByItsPermission(string caption, string groupId, string permission)
    {
        var item = Page(await BuildAsync(NavigationConstants.AdminId), caption);

        Assert.Equal("OrchardCore.Settings", item.RouteValues["area"]);
        Assert.Equal("Admin", item.RouteValues["controller"]);
        Assert.Equal("Index", item.RouteValues["action"]);
        Assert.Equal(groupId, item.RouteValues["groupId"]);
        Assert.Equal(permission, Assert.Single(item.Permissions).Name);
        Assert.True(item.LocalNav);
    }

    [Fact]
    public async Task OtherMenusAreLeftAlone()
    {
        Assert.Empty(await BuildAsync("main"));
    }
}
