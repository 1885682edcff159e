namespace ChatReset.Tests;

/// <summary>
/// Where the repository and this build's configuration are, found from the test assembly's location. Shared by the
/// test projects that start a site of the repository as its own process (linked into each).
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>Debug or Release: the configuration this test assembly (and so the site it references) was built in.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";

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
