using System.IO.Compression;
using System.Text.Json;

namespace TextClean.Cli.Input;

/// <summary>One input document: where it came from, its text, or why it could not be read.</summary>
/// <param name="Source">The file name, or "-" for standard input.</param>
/// <param name="Line">The 1-based line number in <paramref name="Source"/>.</param>
/// <param name="Text">The document text; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why this line is not a document (bad JSON, missing field); null when it is.</param>
/// <param name="InvalidUtf8">How many invalid UTF-8 sequences were replaced by U+FFFD.</param>
internal sealed record Document(string Source, long Line, string? Text, string? Error, int InvalidUtf8);

/// <summary>
/// Reads documents from files or standard input: plain text with one document per line, or JSON Lines with the text in
/// a named field. Files ending in .gz are decompressed.
/// </summary>
internal static class DocumentReader
{
    public static IEnumerable<Document> Read(IReadOnlyList<string> paths, string? field, Func<Stream> stdin)
    {
        if (paths.Count == 0)
        {
            foreach (var d in ReadStream("-", stdin(), field))
            {
                yield return d;
            }

            yield break;
        }

        foreach (var path in paths)
        {
            foreach (var d in ReadStream(path, Open(path), field))
            {
                yield return d;
            }
        }
    }

    /// <summary>Opens a file for reading, decompressing .gz; a missing file is an <see cref="IOException"/> naming it.</summary>
    public static Stream Open(string path)
    {
        if (path == "-")
        {
            return Console.OpenStandardInput();
        }

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
                return new Document(source, number, null, $"missing field '{field}'", invalid);
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                return new Document(source, number, null, $"field '{field}' is {value.ValueKind}, not a string", invalid);
            }

            return new Document(source, number, value.GetString(), null, invalid);
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
