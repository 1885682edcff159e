namespace ChatReset.Tests;

/// <summary>
/// Where the repository and this build's configuration are, found from the test assembly's location. Linked into
/// every test project that reads the repository's files or starts one of its sites as a process.
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>Debug or Release: the configuration this test assembly (and so the site it references) was built in.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";

    /// <summary>The full path of a file or folder given relative to the repository root.</summary>
    public static string PathOf(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>The text of a file given relative to the repository root.</summary>
    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ChatReset.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ChatReset.sln not found above " + AppContext.BaseDirectory);
    }
}
