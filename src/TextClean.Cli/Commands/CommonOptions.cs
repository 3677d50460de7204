using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using TextClean.Cli.Input;
using TextClean.IO;

namespace TextClean.Cli.Commands;

/// <summary>Options every text-processing command shares, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Files(string description = "UTF-8 input files (.gz is decompressed); standard input when none is given.")
    {
        var files = new Argument<string[]>("files") { Description = description, Arity = ArgumentArity.ZeroOrMore };

        // System.CommandLine hands an unknown "--option" after the command to the files argument; say what it is.
        files.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value))
                {
                    result.AddError($"Unrecognized command or argument '{value}'.");
                }
            }
        });
        return files;
    }

    public static Option<string?> Field() => new("--field")
    {
        Description = "Read JSON Lines and take the text from this field (default: plain text, one document per line).",
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write to this file instead of standard output (written to a temporary file and renamed when complete).",
    };

    /// <summary>A number of seconds, parsed the same way in every locale ("0.5", never "0,5").</summary>
    public static Option<double> Seconds(string name, string description, double defaultValue, bool allowZero)
    {
        var option = new Option<double>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                    && double.IsFinite(value) && (value > 0 || (allowZero && value == 0)))
                {
                    return value;
                }

                result.AddError($"{name}: '{text}' is not {(allowZero ? "zero or a positive" : "a positive")} number of seconds.");
                return defaultValue;
            },
        };
        return option;
    }

    /// <summary>
    /// Checks the inputs before anything is written: each file exists (else <see cref="FileNotFoundException"/>, exit 1),
    /// and none is also the output (else <see cref="UsageException"/>, exit 2), so a failed run never destroys data.
    /// </summary>
    public static void CheckInputs(IReadOnlyList<string> inputs, string? output)
    {
        string? outputPath = string.IsNullOrEmpty(output) || output == "-" ? null : Path.GetFullPath(output);
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                continue;
            }

            if (!File.Exists(input))
            {
                throw new FileNotFoundException($"input file not found: {input}", input);
            }

            if (outputPath is not null && string.Equals(Path.GetFullPath(input), outputPath, StringComparison.Ordinal))
            {
                throw new UsageException($"the output file {output} is also an input; write to another file");
            }
        }
    }

    /// <summary>Standard output, or a file written under a temporary name and renamed by <see cref="OutputFile.Commit"/>.</summary>
    public static OutputFile OpenOutput(string? path) => new(path);

    /// <summary>
    /// What the document commands (clean, tokenize, detect-lang) share: checks the inputs, reads their documents (standard input
    /// when there are none), lets <paramref name="write"/> write them, commits the output and reports lines that were not documents.
    /// </summary>
    public static void WriteDocuments(
        ParseResult parse, Argument<string[]> files, Option<string?> field, Option<string?> output, TextWriter error, Func<IEnumerable<Document>, Stream, InputStats> write)
    {
        var inputs = parse.GetValue(files) ?? [];
        CheckInputs(inputs, parse.GetValue(output));
        var documents = DocumentReader.Read(inputs, parse.GetValue(field), Console.OpenStandardInput);
        using var sink = OpenOutput(parse.GetValue(output));
        var stats = write(documents, sink.Stream);
        sink.Commit();
        stats.Report(error);
    }
}

/// <summary>
/// Where a command writes: standard output, or a file that appears under its name only when the command completes,
/// so a failed or killed run never leaves a half-written file that looks finished (nor empties an existing one).
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string? _path;
    private readonly string? _temporary;
    private bool _committed;

    public OutputFile(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            Stream = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            return;
        }

        _path = path;
        _temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        Stream = new FileStream(_temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    public Stream Stream { get; }

    /// <summary>Flushes and, for a file, renames the temporary file to the requested name.</summary>
    public void Commit()
    {
        Stream.Flush();
        if (_path is not null)
        {
            Stream.Dispose();
            File.Move(_temporary!, _path, overwrite: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && _temporary is not null && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }
}

/// <summary>A usage error found while running a command (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
