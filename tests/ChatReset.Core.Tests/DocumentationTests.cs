using System.Text.RegularExpressions;

namespace ChatReset.Core.Tests;

/// <summary>The guides a reader follows: every link and picture in them leads somewhere, every picture is used and small.</summary>
public sealed partial class DocumentationTests
{
    private static readonly string[] Documents =
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs"), "*.md", SearchOption.AllDirectories),
         Path.Combine(RepositoryRoot.Path, "README.md")];

    public static TheoryData<string> Guides() => [.. new[] { "site-admins.md", "marketing.md", "content-editors.md", "developers.md" }];

    [Theory]
    [MemberData(nameof(Guides))]
    public void The_README_links_each_guide_and_the_guide_says_which_versions_it_was_checked_against(string guide)
    {
        Assert.Contains($"(docs/guides/{guide})", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")), StringComparison.Ordinal);
        Assert.Matches(@"^Checked against .*\d+\.\d+", File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", "guides", guide)).First(line => line.StartsWith("Checked", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_relative_link_and_picture_in_the_docs_leads_to_a_file_of_the_repository()
    {
        var broken = Documents
            .SelectMany(document => RelativeLink().Matches(File.ReadAllText(document))
                .Select(match => (document, target: match.Groups["target"].Value.Split('#')[0])))
            .Where(link => link.target.Length > 0 && !Path.Exists(Path.Combine(Path.GetDirectoryName(link.document)!, link.target)))
            .Select(link => $"{Path.GetRelativePath(RepositoryRoot.Path, link.document)}: {link.target}")
            .ToList();

        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void Every_picture_is_shown_by_a_document_and_is_small()
    {
        var shown = Documents.SelectMany(document => RelativeLink().Matches(File.ReadAllText(document))
                .Select(match => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, match.Groups["target"].Value))))
            .ToHashSet();
        var pictures = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "images"), "*.png", SearchOption.AllDirectories);

        Assert.NotEmpty(pictures);
        Assert.All(pictures, picture =>
        {
            // Orchard Core 2.2's pictures are kept beside 3.0's and named by their folder in the guides.
            var folder = Path.GetDirectoryName(picture)!;
            Assert.True(shown.Contains(picture) || shown.Any(path => Path.GetDirectoryName(path) is { } other && other != folder && Path.GetFileName(path) == Path.GetFileName(picture)),
                $"{Path.GetRelativePath(RepositoryRoot.Path, picture)} is shown by no document");
            Assert.True(new FileInfo(picture).Length <= 128 * 1024, $"{Path.GetRelativePath(RepositoryRoot.Path, picture)} is over 128 KB");
        });
    }

    // [text](target) and ![alt](target), relative targets only.
    [GeneratedRegex(@"\]\((?<target>(?!https?:|mailto:|#)[^)\s]+)\)")]
    private static partial Regex RelativeLink();
}
