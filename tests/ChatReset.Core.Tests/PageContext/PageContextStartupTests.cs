using ChatReset.Core.PageContext;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatReset.Core.Tests.PageContext;

/// <summary>The mapping in the <c>ChatReset</c> section of a plain ASP.NET Core host: bound and checked on start.</summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class PageContextStartupTests
{
    private static WebApplication BuildApp(Dictionary<string, string?> mapping, string orgId = ValidOptions.OrgId15)
        => ConfiguredApp.Build(ConfiguredApp.ValidDeployment(orgId).Concat(mapping));

    [Fact]
    public async Task The_mapping_is_bound_from_the_ChatReset_section()
    {
        await using var app = BuildApp(new()
        {
            ["ChatReset:HiddenPrechatFields:0:Name"] = "Page_URL",
            ["ChatReset:HiddenPrechatFields:0:Source"] = "PageUrl",
            ["ChatReset:HiddenPrechatFields:0:KeepQueryString"] = "true",
            ["ChatReset:HiddenPrechatFields:1:Name"] = "Website",
            ["ChatReset:HiddenPrechatFields:1:Source"] = "FixedValue",
            ["ChatReset:HiddenPrechatFields:1:Value"] = "Acme",
            ["ChatReset:HiddenPrechatFields:1:MaxLength"] = "40",
        });
        await app.StartAsync();

        var rows = app.Services.GetRequiredService<IOptions<ChatResetPageContextOptions>>().Value.HiddenPrechatFields;
        Assert.Equal([("Page_URL", "PageUrl", true, (int?)null), ("Website", "FixedValue", false, 40)],
            rows.Select(r => (r.Name, r.Source, r.KeepQueryString, r.MaxLength)));
        await app.StopAsync();
    }

    [Fact]
    public async Task A_bad_mapping_stops_startup_with_a_message_per_row_naming_its_key()
    {
        await using var app = BuildApp(new()
        {
            ["ChatReset:HiddenPrechatFields:0:Name"] = "Page URL",
            ["ChatReset:HiddenPrechatFields:0:Source"] = "PageUrl",
            ["ChatReset:HiddenPrechatFields:1:Name"] = "Title",
            ["ChatReset:HiddenPrechatFields:1:Source"] = "VisitorEmail",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Equal(
        [
            "Hidden pre-chat field, row 1: the field name (Name) may contain only letters, digits and single underscores, must start with a letter and must not end with an underscore. Use the API name of a hidden pre-chat field of the deployment's messaging channel, for example Page_URL. (ChatReset:HiddenPrechatFields:0:Name)",
            "Hidden pre-chat field, row 2: the source (Source) must be one of PageUrl, PageTitle, Culture, ContentType, ContentItemId, LayerZone, FixedValue. (ChatReset:HiddenPrechatFields:1:Source)",
        ], error.Failures);
    }

    [Fact]
    public void Validating_at_startup_reports_the_mapping_with_the_other_settings()
    {
        using var app = BuildApp(new() { ["ChatReset:HiddenPrechatFields:0:Source"] = "PageUrl" }, orgId: "not an org");
        using var output = new StringWriter();

        Assert.False(app.TryValidateChatResetSettings(output));

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("Org ID (OrgId)", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("  - Hidden pre-chat field, row 1: the field name (Name) is required.", lines[2], StringComparison.Ordinal);
    }
}
