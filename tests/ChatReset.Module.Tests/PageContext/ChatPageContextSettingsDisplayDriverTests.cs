using System.Text.Json;
using ChatReset.Core.PageContext;
using ChatReset.Module.PageContext;
using ChatReset.Module.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Moq;
using OrchardCore.DisplayManagement;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.DisplayManagement.ModelBinding;
using OrchardCore.Entities;
using OrchardCore.Settings;

namespace ChatReset.Module.Tests.PageContext;

public sealed class ChatPageContextSettingsDisplayDriverTests
{
    private const string Group = ChatResetConstants.SettingsGroups.Deployment;
    private const string Prefix = "ISite.ChatPageContextSettings";

    private static IDisplayDriver<ISite> Driver(bool canManage = true)
        => new ChatPageContextSettingsDisplayDriver(
            Orchard.SignedInUser(),
            canManage ? Orchard.Authorize(ChatResetPermissions.ManageChatDeployment) : Orchard.Authorize(ChatResetPermissions.EditChatWording));

    private static ISite SiteWith(params HiddenPrechatField[] rows)
    {
        var site = Orchard.Site();
        site.Put(new ChatPageContextSettings { HiddenPrechatFields = [.. rows] });
        return site;
    }

    private static HiddenPrechatField Field(string name, string source, string? value = null)
        => new() { Name = name, Source = source, Value = value };

    private static HiddenPrechatFieldRow Row(string? name, string? source, string? value = null, bool remove = false, int? maxLength = null, bool keepQuery = false)
        => new() { Name = name, Source = source, Value = value, Remove = remove, MaxLength = maxLength, KeepQueryString = keepQuery };

    private static string Stored(ISite site) => JsonSerializer.Serialize(site.Settings<ChatPageContextSettings>().HiddenPrechatFields);

    [Fact]
    public async Task The_editor_shows_the_stored_rows_then_empty_rows_to_add_fields()
    {
        var context = Orchard.Edit(Group);

        var model = await Orchard.EditorModelAsync<ChatPageContextSettingsViewModel>(
            await Driver().BuildEditorAsync(SiteWith(Field("Page_URL", "PageUrl"), Field("Website", "FixedValue", "Acme")), context), context);

        Assert.Equal(["Page_URL", "Website", null, null], model.Rows.Select(r => r.Name));
        Assert.Equal("Acme", model.Rows[1].Value);
        Assert.False(model.StoredSettingsInvalid);
    }

    [Fact]
    public async Task A_valid_post_saves_the_rows_trimmed_without_the_removed_and_empty_ones()
    {
        var site = SiteWith(Field("Old_Field", "Culture"));
        var updater = Orchard.Post<ChatPageContextSettingsViewModel>(model => model.Rows =
        [
            Row("Old_Field", "Culture", remove: true),
            Row(" Page_URL ", "pageurl", value: "ignored without Fixed value", keepQuery: true),
            Row(null, null),
            Row("Page_Title", "PageTitle", keepQuery: true, maxLength: 100),
            Row("Website", "FixedValue", " Acme shop "),
            Row("  ", "", "  "),
        ]);

        await Driver().UpdateEditorAsync(site, Orchard.Update(Group, updater.Object));

        Assert.True(updater.Object.ModelState.IsValid);
        Assert.Equal(
            [
                ("Page_URL", "PageUrl", (string?)null, true, (int?)null),
                ("Page_Title", "PageTitle", null, false, 100),
                ("Website", "FixedValue", "Acme shop", false, null),
            ],
            site.Settings<ChatPageContextSettings>().HiddenPrechatFields.Select(f => (f.Name, f.Source, f.Value, f.KeepQueryString, f.MaxLength)));
        updater.Verify(u => u.TryUpdateModelAsync(It.IsAny<ChatPageContextSettingsViewModel>(), Prefix), Times.Once);
    }

    [Fact]
    public async Task Bad_rows_are_refused_each_under_its_own_row_and_nothing_is_saved()
    {
        var site = SiteWith(Field("Page_URL", "PageUrl"));
        var before = site.Properties.ToJsonString();
        var updater = Orchard.Post<ChatPageContextSettingsViewModel>(model => model.Rows =
        [
            Row("Page_URL", "PageUrl", remove: true),
            Row("Page URL", "PageUrl"),
            Row("Fine", "PageTitle"),
            Row("fine", "Referrer"),
            Row("Website", "FixedValue", maxLength: 300),
        ]);
        var context = Orchard.Update(Group, updater.Object);

        var result = await Driver().UpdateEditorAsync(site, context);

        Assert.Equal(before, site.Properties.ToJsonString());
        var errors = updater.Object.ModelState.Where(e => e.Value!.Errors.Count > 0).ToDictionary(e => e.Key, e => Assert.Single(e.Value!.Errors).ErrorMessage);
        Assert.Equal(
            [$"{Prefix}.Rows[1].Name", $"{Prefix}.Rows[3].Name", $"{Prefix}.Rows[3].Source", $"{Prefix}.Rows[4].MaxLength", $"{Prefix}.Rows[4].Value"],
            errors.Keys.Order(StringComparer.Ordinal));
        // Numbered as the editor shows them, the removed first row included.
        Assert.StartsWith("Hidden pre-chat field, row 2: the field name (Name)", errors[$"{Prefix}.Rows[1].Name"], StringComparison.Ordinal);
        Assert.Contains("already used by an earlier row", errors[$"{Prefix}.Rows[3].Name"], StringComparison.Ordinal);

        // The rows come back as posted, so each error sits under what was typed.
        var model = await Orchard.EditorModelAsync<ChatPageContextSettingsViewModel>(result, context);
        Assert.Equal(["Page_URL", "Page URL", "Fine", "fine", "Website"], model.Rows.Select(r => r.Name));
        Assert.True(model.Rows[0].Remove);
    }

    [Fact]
    public async Task Rows_imported_without_validation_are_marked_when_the_page_opens()
    {
        var updater = new Mock<IUpdateModel>();
        updater.SetupGet(u => u.ModelState).Returns(new ModelStateDictionary());
        var context = new BuildEditorContext(Mock.Of<IShape>(), Group, false, "", Mock.Of<IShapeFactory>(), null!, updater.Object);

        var model = await Orchard.EditorModelAsync<ChatPageContextSettingsViewModel>(
            await Driver().BuildEditorAsync(SiteWith(Field("Page_URL", "PageUrl"), Field("Bad name", "Nowhere")), context), context);

        Assert.True(model.StoredSettingsInvalid);
        Assert.Equal(
            [$"{Prefix}.Rows[1].Name", $"{Prefix}.Rows[1].Source"],
            updater.Object.ModelState.Where(e => e.Value!.Errors.Count > 0).Select(e => e.Key));
    }

    [Fact]
    public async Task Users_without_ManageChatDeployment_get_no_editor_and_their_posts_change_nothing()
    {
        var site = SiteWith(Field("Page_URL", "PageUrl"));
        var updater = Orchard.Post<ChatPageContextSettingsViewModel>(model => model.Rows = [Row("Email", "FixedValue", "x")]);

        Assert.Null(await Driver(canManage: false).BuildEditorAsync(site, Orchard.Edit(Group)));
        Assert.Null(await Driver(canManage: false).UpdateEditorAsync(site, Orchard.Update(Group, updater.Object)));
        Assert.Equal("Page_URL", Assert.Single(site.Settings<ChatPageContextSettings>().HiddenPrechatFields).Name);
    }

    [Fact]
    public async Task Other_settings_pages_do_not_show_the_rows()
    {
        Assert.Null(await Driver().BuildEditorAsync(SiteWith(), Orchard.Edit("general")));
        Assert.Null(await Driver().BuildEditorAsync(SiteWith(), Orchard.Edit(ChatResetConstants.SettingsGroups.Wording)));
    }

    [Fact]
    public void Stored_json_keeps_its_property_names()
        => Assert.Equal(
            """[{"Name":"Website","Source":"FixedValue","Value":"Acme","KeepQueryString":false,"MaxLength":null}]""",
            Stored(SiteWith(Field("Website", "FixedValue", "Acme"))));
}
