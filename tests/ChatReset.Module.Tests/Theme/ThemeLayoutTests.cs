using System.Text.RegularExpressions;
using ChatReset.Module.Tests.Widgets;

namespace ChatReset.Module.Tests.Theme;

public sealed partial class ThemeLayoutTests
{
    private const string LayoutPath = "src/ChatReset.Theme/Views/Layout.cshtml";
    private const string StylesheetPath = "src/ChatReset.Theme/wwwroot/styles/chatreset-theme.css";

    /// <summary>The zones the theme's layout renders: named sections plus Content, the page body.</summary>
    internal static IReadOnlyList<string> RenderedZones()
    {
        var layout = RepositoryFiles.Read(LayoutPath);
        var zones = SectionCall().Matches(layout).Select(m => m.Groups[1].Value).ToList();
        if (layout.Contains("RenderBodyAsync()", StringComparison.Ordinal))
        {
            zones.Add("Content");
        }

        return zones;
    }

    [Fact]
    public void The_theme_is_an_Orchard_theme_with_a_name_and_description()
    {
        var theme = ModuleManifest.Theme;

        Assert.Equal("Theme", theme.Type);
        Assert.False(string.IsNullOrWhiteSpace(theme.Name));
        Assert.False(string.IsNullOrWhiteSpace(theme.Description));
    }

    [Fact]
    public void The_layout_renders_the_header_content_and_footer_zones_and_the_foot_scripts()
    {
        var layout = RepositoryFiles.Read(LayoutPath);

        Assert.Superset(new HashSet<string> { "Header", "Content", "Footer" }, RenderedZones().ToHashSet());
        Assert.Contains("<resources type=\"FootScript\" />", layout, StringComparison.Ordinal);
        Assert.Contains("<resources type=\"HeadScript\" />", layout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_works_under_a_strict_content_security_policy()
    {
        var layout = RepositoryFiles.Read(LayoutPath);

        Assert.Empty(InlineScript().Matches(layout));
        Assert.DoesNotContain("style=\"", layout, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style>", layout, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(InlineHandler().Matches(layout));
    }

    [Fact]
    public void The_layout_is_compiled_into_the_theme()
    {
        Assert.NotNull(ModuleManifest.ThemeAssembly.GetType("AspNetCoreGeneratedDocument.Views_Layout"));
    }

    [Fact]
    public void The_stylesheet_styles_the_notice_ChatReset_Core_renders_and_the_layout_loads_it()
    {
        var css = RepositoryFiles.Read(StylesheetPath);
        var coreHost = ChatWidgetTestHost.CoreParts(ChatWidgetTestHost.SiteOptions).Host;

        Assert.Contains(".chatreset-theme .chat-reset__notice", css, StringComparison.Ordinal);
        Assert.Contains("class=\"chat-reset__notice\"", coreHost, StringComparison.Ordinal);
        Assert.Contains("class=\"chatreset-theme", RepositoryFiles.Read(LayoutPath), StringComparison.Ordinal);
        Assert.Contains("~/ChatReset.Theme/styles/chatreset-theme.css", RepositoryFiles.Read(LayoutPath), StringComparison.Ordinal);
        Assert.DoesNotContain("!important", css, StringComparison.Ordinal);
    }

    [GeneratedRegex("RenderSectionAsync\\(\"([A-Za-z]+)\"")]
    private static partial Regex SectionCall();

    // A <script> with neither a src nor a resource name is inline code, which a nonce-based policy blocks.
    [GeneratedRegex("<script(?![^>]*\\b(?:src|asp-src|asp-name)=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+=\"", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
