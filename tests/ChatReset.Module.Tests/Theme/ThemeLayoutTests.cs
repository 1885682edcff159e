using System.Text.RegularExpressions;

namespace ChatReset.Module.Tests.Theme;

public sealed partial class ThemeLayoutTests
{
    private const string LayoutPath = ModuleManifest.ThemeLayoutPath;
    private const string StylesheetPath = "src/ChatReset.Theme/wwwroot/styles/chatreset-theme.css";

    [Fact]
    public void The_layout_renders_the_header_content_and_footer_zones_and_the_foot_scripts()
    {
        var layout = RepositoryRoot.Read(LayoutPath);

        Assert.Superset(new HashSet<string> { "Header", "Content", "Footer" }, ModuleManifest.ThemeLayoutZones().ToHashSet());
        Assert.Contains("<resources type=\"FootScript\" />", layout, StringComparison.Ordinal);
        Assert.Contains("<resources type=\"HeadScript\" />", layout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_works_under_a_strict_content_security_policy()
    {
        var layout = RepositoryRoot.Read(LayoutPath);

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
        var css = RepositoryRoot.Read(StylesheetPath);
        var coreHost = ChatWidgetTestHost.CoreParts(ChatWidgetTestHost.SiteOptions).Host;

        Assert.Contains(".chatreset-theme .chat-reset__notice", css, StringComparison.Ordinal);
        Assert.Contains("class=\"chat-reset__notice\"", coreHost, StringComparison.Ordinal);
        Assert.Contains("class=\"chatreset-theme", RepositoryRoot.Read(LayoutPath), StringComparison.Ordinal);
        Assert.Contains("~/ChatReset.Theme/styles/chatreset-theme.css", RepositoryRoot.Read(LayoutPath), StringComparison.Ordinal);
        Assert.DoesNotContain("!important", css, StringComparison.Ordinal);
    }

    // A <script> with neither a src nor a resource name is inline code, which a nonce-based policy blocks.
    [GeneratedRegex("<script(?![^>]*\\b(?:src|asp-src|asp-name)=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+=\"", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
