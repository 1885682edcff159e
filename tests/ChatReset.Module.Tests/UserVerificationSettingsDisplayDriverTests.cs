using ChatReset.Core.Verification;
using ChatReset.Module.Settings;
using ChatReset.Module.Verification;
using Microsoft.AspNetCore.DataProtection;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.Entities;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests;

public sealed class UserVerificationSettingsDisplayDriverTests
{
    private const string Group = ChatResetConstants.SettingsGroups.Deployment;
    private readonly UserVerificationKeyRingProtector _protector = new(new EphemeralDataProtectionProvider());

    private IDisplayDriver<ISite> Driver(bool canManage = true)
        => new UserVerificationSettingsDisplayDriver(
            Orchard.SignedInUser(),
            canManage ? Orchard.Authorize(ChatResetPermissions.ManageChatDeployment) : Orchard.Authorize(ChatResetPermissions.EditChatWording),
            _protector,
            TimeProvider.System);

    private async Task<(ISite Site, bool Valid)> PostAsync(Action<UserVerificationSettingsViewModel> post, ISite? site = null, bool canManage = true)
    {
        site ??= Orchard.Site();
        var updater = Orchard.Post(post);
        await Driver(canManage).UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));
        return (site, updater.Object.ModelState.IsValid);
    }

    [Fact]
    public async Task Turning_it_on_generates_protected_keys_and_the_page_shows_only_public_ones()
    {
        var (site, valid) = await PostAsync(model => model.Enabled = true);

        Assert.True(valid);
        var saved = site.Settings<UserVerificationSiteSettings>();
        Assert.True(saved.Enabled);
        Assert.Equal(UserVerificationSubjects.UserId, saved.Subject);
        var keys = _protector.Unprotect(saved.ProtectedKeys);
        Assert.NotNull(keys);

        var context = Orchard.Edit(Group);
        var editor = await Orchard.EditorModelAsync<UserVerificationSettingsViewModel>(await Driver().BuildEditorAsync(site, context), context);
        Assert.Contains(keys.Current.KeyId, editor.Jwks, StringComparison.Ordinal);
        Assert.DoesNotContain("\"d\"", editor.Jwks, StringComparison.Ordinal);
        Assert.EndsWith("/chat-reset/jwks.json", editor.JwksUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotating_keeps_the_previous_key_published_and_the_visitor_markers()
    {
        var (site, _) = await PostAsync(model => model.Enabled = true);
        var before = _protector.Unprotect(site.Settings<UserVerificationSiteSettings>().ProtectedKeys)!;

        await PostAsync(model => { model.Enabled = true; model.KeyAction = UserVerificationSettingsDisplayDriver.RotateAction; }, site);

        var after = _protector.Unprotect(site.Settings<UserVerificationSiteSettings>().ProtectedKeys)!;
        Assert.NotEqual(before.Current.KeyId, after.Current.KeyId);
        Assert.Equal(before.Current.KeyId, after.Previous?.KeyId);
        Assert.Equal(2, after.PublishedKeys(DateTimeOffset.UtcNow).Count);
        Assert.Equal(before.VisitorMarker("u1"), after.VisitorMarker("u1"));
    }

    [Theory]
    [InlineData("Email", null, "Subject")]
    [InlineData("UserId", "not a url", "Issuer")]
    [InlineData("UserId", "ftp://example.com", "Issuer")]
    public async Task A_bad_subject_or_issuer_gets_its_field_error_and_nothing_is_saved(string subject, string? issuer, string field)
    {
        var site = Orchard.Site();
        var updater = Orchard.Post<UserVerificationSettingsViewModel>(model =>
        {
            model.Enabled = true;
            model.Subject = subject;
            model.Issuer = issuer;
        });

        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.True(updater.Object.ModelState.ContainsKey($"ISite.UserVerificationSiteSettings.{field}"));
        Assert.False(updater.Object.ModelState.IsValid);
        Assert.False(site.Settings<UserVerificationSiteSettings>().Enabled);
        Assert.Null(site.Settings<UserVerificationSiteSettings>().ProtectedKeys);
    }

    [Fact]
    public async Task Without_the_deployment_permission_nothing_is_shown_or_changed()
    {
        var (site, _) = await PostAsync(model => model.Enabled = true, canManage: false);

        Assert.False(site.Settings<UserVerificationSiteSettings>().Enabled);
        Assert.Null(await Driver(canManage: false).BuildEditorAsync(site, Orchard.Edit(Group)));
    }
}
