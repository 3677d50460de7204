using TextClean.Bench;

namespace TextClean.Benchmarks;

/// <summary>
/// The corpus every benchmark reads: <c>corpora/spamassassin/spamassassin.jsonl.gz</c> (field <c>text</c>) under the repository
/// root (the first folder above the binaries or the current directory that holds TextClean.sln), or the file named by the
/// <c>TEXTCLEAN_CORPUS</c> environment variable (field from <c>TEXTCLEAN_CORPUS_FIELD</c>, else <c>text</c> for JSON Lines and
/// plain text otherwise). Loaded once per process.
/// </summary>
public static class BenchmarkCorpus
{
    /// <summary>The environment variable that names another corpus file.</summary>
    public const string PathVariable = "TEXTCLEAN_CORPUS";

    /// <summary>The environment variable that names the JSON field of <see cref="PathVariable"/>'s file.</summary>
    public const string FieldVariable = "TEXTCLEAN_CORPUS_FIELD";

    /// <summary>The bundled corpus, relative to the repository root.</summary>
    public const string BundledPath = "corpora/spamassassin/spamassassin.jsonl.gz";

    private static readonly Lazy<Corpus> Loaded = new(Load);
    private static readonly Lazy<string> Typical = new(FindTypicalDocument);

    /// <summary>The corpus, loaded on first use.</summary>
    public static Corpus Shared => Loaded.Value;

    /// <summary>A typical document: the one of median length in <see cref="Shared"/>.</summary>
    public static string TypicalDocument => Typical.Value;

    /// <summary>The corpus file that <see cref="Shared"/> reads.</summary>
    public static string ResolvePath()
    {
        var overridden = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return Path.GetFullPath(overridden);
        }

        return Path.Combine(FindRepositoryRoot(), BundledPath);
    }

    /// <summary>The first folder above the binaries (or else the current directory) that holds TextClean.sln.</summary>
    /// <exception cref="DirectoryNotFoundException">Neither has TextClean.sln above it.</exception>
    public static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TextClean.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"TextClean.sln not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}; set {PathVariable} to a corpus file.");
    }

    private static Corpus Load()
    {
        var path = ResolvePath();
        var field = Environment.GetEnvironmentVariable(FieldVariable);
        var corpus = Corpus.Load(path, string.IsNullOrEmpty(field) ? Corpus.DefaultFieldFor(path) : field);
        return corpus.DocumentCount > 0 ? corpus : throw new InvalidDataException($"no documents in {path}");
    }

    private static string FindTypicalDocument()
    {
        var byLength = Shared.Documents.OrderBy(d => d.Length).ThenBy(d => d, StringComparer.Ordinal).ToList();
        return byLength[byLength.Count / 2];
    }
}
