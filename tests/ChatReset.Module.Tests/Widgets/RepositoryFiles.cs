namespace ChatReset.Module.Tests.Widgets;

/// <summary>Reads files of the repository the tests were built from (recipes, views, migration recipes).</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ChatReset.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder holding ChatReset.sln) was not found above the test output.");
    });

    public static string PathOf(string relativePath) => Path.Combine(Root.Value, relativePath);

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));
}
