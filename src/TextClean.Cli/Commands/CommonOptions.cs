using System.CommandLine;

namespace TextClean.Cli.Commands;

/// <summary>Options every text-processing command shares, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Files() => new("files")
    {
        Description = "UTF-8 input files (.gz is decompressed); standard input when none is given.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string?> Field() => new("--field")
    {
        Description = "Read JSON Lines and take the text from this field (default: plain text, one document per line).",
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write to this file instead of standard output.",
    };

    public static Stream OpenOutput(string? path) =>
        string.IsNullOrEmpty(path) || path == "-"
            ? new BufferedStream(Console.OpenStandardOutput(), 1 << 16)
            : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
}
