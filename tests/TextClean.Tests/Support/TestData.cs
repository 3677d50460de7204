namespace TextClean.Tests.Support;

/// <summary>Finds files committed under the repository (corpora/, fixtures) from the test output folder.</summary>
internal static class TestData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root: the first ancestor of the test binaries that holds TextClean.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>An absolute path for a path relative to the repository root, e.g. "corpora/unicode/17.0/emoji-test.txt".</summary>
    public static string PathOf(string relativePath)
    {
        var path = System.IO.Path.Combine(RepositoryRoot, relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Test data '{relativePath}' is missing under {RepositoryRoot}; it must be committed.", path);
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "TextClean.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TextClean.sln not found above " + AppContext.BaseDirectory);
    }
}
