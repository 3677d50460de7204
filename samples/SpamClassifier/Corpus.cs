using System.IO.Compression;
using System.Text.Json;

namespace SpamClassifier;

/// <summary>One record of <c>corpora/spamassassin/messages.jsonl.gz</c> (see <c>corpora/README.md</c>).</summary>
/// <param name="Id">Stable id, <c>group/NNNNN</c>.</param>
/// <param name="Group">Package group, e.g. <c>spam-2</c>.</param>
/// <param name="Label"><c>ham</c> or <c>spam</c>.</param>
/// <param name="RawEncoding"><c>utf-8</c> or <c>iso-8859-1</c>: how <paramref name="Raw"/> maps back to the original bytes.</param>
/// <param name="Raw">The whole message, headers and body.</param>
public sealed record CorpusMessage(string Id, string Group, string Label, string RawEncoding, string Raw)
{
    /// <summary>Decodes this message with <see cref="MailText"/>.</summary>
    public MailTextResult Decode() => MailText.FromCorpusRecord(Raw, RawEncoding);
}

/// <summary>Reads the raw SpamAssassin corpus.</summary>
public static class Corpus
{
    /// <summary>The corpus path inside the repository.</summary>
    public const string RelativePath = "corpora/spamassassin/messages.jsonl.gz";

    /// <summary>
    /// Finds <see cref="RelativePath"/> by walking up from the current directory, then from the app's base directory,
    /// to the first directory that has it.
    /// </summary>
    /// <returns>The full path, or <see langword="null"/> when no ancestor has the corpus.</returns>
    public static string? FindDefaultPath()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Streams the records of a <c>messages.jsonl(.gz)</c> file in file order.</summary>
    /// <param name="path">The file; gzip when the name ends in <c>.gz</c>.</param>
    /// <exception cref="InvalidDataException">A line is not a valid record.</exception>
    public static IEnumerable<CorpusMessage> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(input);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            yield return Parse(line, path, lineNumber);
        }
    }

    private static CorpusMessage Parse(string line, string path, int lineNumber)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            string Field(string name) => root.GetProperty(name).GetString() ?? throw new InvalidDataException($"'{name}' is null");
            return new CorpusMessage(Field("id"), Field("group"), Field("label"), Field("raw_encoding"), Field("raw"));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or InvalidDataException)
        {
            throw new InvalidDataException($"{path}:{lineNumber}: not a corpus record: {e.Message}", e);
        }
    }
}
