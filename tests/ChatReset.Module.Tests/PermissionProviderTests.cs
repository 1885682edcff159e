using ChatReset.Module;
using OrchardCore;

namespace ChatReset.Module.Tests;

public sealed class PermissionProviderTests
{
    [Fact]
    public void Administrators_get_both_and_editors_only_the_wording()
    {
        var stereotypes = new PermissionProvider().GetDefaultStereotypes().ToDictionary(s => s.Name);

        Assert.Equal(
            [ChatResetPermissions.EditChatWording.Name, ChatResetPermissions.ManageChatDeployment.Name],
            stereotypes[OrchardCoreConstants.Roles.Administrator].Permissions.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            [ChatResetPermissions.EditChatWording.Name],
            stereotypes[OrchardCoreConstants.Roles.Editor].Permissions.Select(p => p.Name));
        Assert.Equal(2, stereotypes.Count);
    }
}
