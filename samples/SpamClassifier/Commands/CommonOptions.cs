using System.CommandLine;

namespace SpamClassifier.Commands;

/// <summary>Exit codes of the sample's commands.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Input or I/O failure (missing corpus, unreadable file, unknown id).</summary>
    public const int Failure = 1;

    /// <summary>Bad command line.</summary>
    public const int Usage = 2;
}

/// <summary>Options shared by the commands.</summary>
internal static class CommonOptions
{
    /// <summary><c>--corpus PATH</c>: the raw corpus; default <see cref="Corpus.RelativePath"/> found above the current directory.</summary>
    public static Option<FileInfo?> CreateCorpus() => new("--corpus", "-c")
    {
        Description = $"messages.jsonl(.gz) to read [default: {Corpus.RelativePath}, found from the current directory upwards]",
    };

    /// <summary>The corpus path to use, or <see langword="null"/> after printing why there is none.</summary>
    public static string? ResolveCorpus(FileInfo? given)
    {
        var path = given?.FullName ?? Corpus.FindDefaultPath();
        if (path is null)
        {
            Console.Error.WriteLine($"SpamClassifier: cannot find {Corpus.RelativePath} above {Directory.GetCurrentDirectory()}; pass --corpus PATH");
            return null;
        }

        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"SpamClassifier: {path}: no such file");
            return null;
        }

        return path;
    }
}
