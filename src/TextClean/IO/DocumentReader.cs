using System.IO.Compression;
using System.Text.Json;

namespace TextClean.IO;

/// <summary>
/// Reads documents from files or standard input: plain text with one document per line (lines end at LF; a CR before it
/// and a UTF-8 BOM at the start are dropped), or JSON Lines with the text in a named field. Files ending in .gz are
/// decompressed. Nothing is dropped: a line that is not a document comes back with <see cref="Document.Error"/> set,
/// and invalid UTF-8 becomes U+FFFD and is counted in <see cref="Document.InvalidUtf8"/>.
/// </summary>
public static class DocumentReader
{
    /// <summary>The documents of <paramref name="paths"/> in order, or of <paramref name="stdin"/> when there are none ("-" also means standard input).</summary>
    /// <param name="paths">Files to read.</param>
    /// <param name="field">The JSON Lines field holding the text; <see langword="null"/> for plain text.</param>
    /// <param name="stdin">Opens standard input when it is needed.</param>
    public static IEnumerable<Document> Read(IReadOnlyList<string> paths, string? field, Func<Stream> stdin)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(stdin);
        foreach (var path in paths.Count == 0 ? ["-"] : paths)
        {
            foreach (var d in ReadStream(path, path == "-" ? stdin() : Open(path), field))
            {
                yield return d;
            }
        }
    }

    /// <summary>Opens a file for reading, decompressing .gz; a missing file is a <see cref="FileNotFoundException"/> naming it.</summary>
    /// <param name="path">The file.</param>
    public static Stream Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"input file not found: {path}", path);
        }

        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    private static IEnumerable<Document> ReadStream(string source, Stream stream, string? field)
    {
        using var lines = new Utf8Lines(stream);
        long number = 0;
        while (lines.TryReadLine(out var line, out int invalid))
        {
            number++;
            if (field is null)
            {
                yield return new Document(source, number, line, null, invalid);
                continue;
            }

            yield return FromJson(source, number, line, field, invalid);
        }
    }

    private static Document FromJson(string source, long number, string line, string field, int invalid)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new Document(source, number, null, "not a JSON object", invalid);
            }

            if (!json.RootElement.TryGetProperty(field, out var value))
            {
                return new Document(source, number, null, $"missing field '{field}'", invalid) { Json = line };
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                return new Document(source, number, null, $"field '{field}' is {value.ValueKind}, not a string", invalid) { Json = line };
            }

            return new Document(source, number, value.GetString(), null, invalid) { Json = line };
        }
        catch (JsonException e)
        {
            return new Document(source, number, null, "invalid JSON: " + e.Message, invalid);
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json refuses strings whose \u escapes encode a lone surrogate.
            return new Document(source, number, null, $"field '{field}' cannot be read: {e.Message}", invalid);
        }
    }
}
