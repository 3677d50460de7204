using System.Text;
using TextClean.IO;

namespace TextClean.Bench;

/// <summary>
/// Documents held in memory for a benchmark, with their size in UTF-8 bytes (the unit of every MB/s figure).
/// Reads plain text (one document per line) or JSON Lines with the text in a named field; <c>.gz</c> files are decompressed.
/// </summary>
public sealed class Corpus
{
    private Corpus(string source, IReadOnlyList<string> documents, long skippedLines)
    {
        Source = source;
        Documents = documents;
        SkippedLines = skippedLines;
        long bytes = 0;
        long chars = 0;
        foreach (var doc in documents)
        {
            bytes += Encoding.UTF8.GetByteCount(doc);
            chars += doc.Length;
        }

        Utf8Bytes = bytes;
        Utf16Chars = chars;
    }

    /// <summary>Where the documents came from (file names, or a label for in-memory documents).</summary>
    public string Source { get; }

    /// <summary>The documents, in input order. Always the same list instance, so contenders can prepare for it once.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>The number of documents.</summary>
    public int DocumentCount => Documents.Count;

    /// <summary>The size of all documents encoded as UTF-8 (invalid input counts as the U+FFFD it was replaced with).</summary>
    public long Utf8Bytes { get; }

    /// <summary>The size of all documents in UTF-16 code units, as the tokenizers see them.</summary>
    public long Utf16Chars { get; }

    /// <summary>JSON lines that were not read as documents: invalid JSON, not an object, or no string in the field.</summary>
    public long SkippedLines { get; }

    /// <summary>
    /// The field to read from <paramref name="path"/> when none is given: <c>text</c> for <c>.jsonl</c>, <c>.json</c>,
    /// <c>.ndjson</c> (optionally <c>.gz</c>), otherwise <see langword="null"/> (plain text).
    /// </summary>
    public static string? DefaultFieldFor(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? "text"
            : null;
    }

    /// <summary>Wraps documents already in memory (tests, or text produced by another step).</summary>
    /// <param name="documents">The documents; copied into a new list.</param>
    /// <param name="source">A label for reports.</param>
    public static Corpus FromDocuments(IEnumerable<string> documents, string source = "(in memory)")
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(source);
        return new Corpus(source, documents.ToList(), 0);
    }

    /// <summary>Loads one file.</summary>
    /// <param name="path">A UTF-8 file; <c>.gz</c> is decompressed.</param>
    /// <param name="field">The JSON field that holds the text; <see langword="null"/> reads one document per line of plain text.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static Corpus Load(string path, string? field) => Load([path], field);

    /// <summary>Loads several files into one corpus, in the order given.</summary>
    /// <param name="paths">UTF-8 files; <c>.gz</c> is decompressed.</param>
    /// <param name="field">The JSON field that holds the text; <see langword="null"/> reads one document per line of plain text.</param>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    public static Corpus Load(IReadOnlyList<string> paths, string? field)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            throw new ArgumentException("a corpus needs at least one file", nameof(paths));
        }

        var documents = new List<string>();
        long skipped = 0;

        // The same reader as `textclean tokenize`, so both commands see the same documents in a file.
        foreach (var doc in DocumentReader.Read(paths, field, Console.OpenStandardInput))
        {
            if (doc.Error is not null)
            {
                skipped++;
            }
            else if (doc.Text!.Length > 0)
            {
                documents.Add(doc.Text);
            }
        }

        return new Corpus(string.Join(", ", paths), documents, skipped);
    }
}
