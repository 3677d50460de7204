using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SpamClassifier;

/// <summary>What <see cref="Exporter.Export"/> wrote.</summary>
public sealed class ExportCounts
{
    private readonly SortedDictionary<string, int> _byLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<MailBodySource, int> _bySource = [];
    private readonly SortedDictionary<(string Label, MailBodySource Source), int> _byLabelAndSource = new();

    /// <summary>Messages written.</summary>
    public int Messages { get; private set; }

    /// <summary>Messages per label (<c>ham</c>, <c>spam</c>), in ordinal order of the label.</summary>
    public IReadOnlyDictionary<string, int> ByLabel => _byLabel;

    /// <summary>Messages whose body came from <paramref name="source"/>.</summary>
    /// <param name="source">The body source.</param>
    public int this[MailBodySource source] => _bySource.GetValueOrDefault(source);

    /// <summary>Messages with label <paramref name="label"/> whose body came from <paramref name="source"/>.</summary>
    /// <param name="label">The label.</param>
    /// <param name="source">The body source.</param>
    public int Count(string label, MailBodySource source) => _byLabelAndSource.GetValueOrDefault((label, source));

    internal void Add(string label, MailBodySource source)
    {
        Messages++;
        _byLabel[label] = _byLabel.GetValueOrDefault(label) + 1;
        _bySource[source] = _bySource.GetValueOrDefault(source) + 1;
        _byLabelAndSource[(label, source)] = _byLabelAndSource.GetValueOrDefault((label, source)) + 1;
    }

    /// <summary>A small table: one row per label and a total, one column per body source.</summary>
    public override string ToString()
    {
        var sources = Enum.GetValues<MailBodySource>();
        var lines = new List<string>
        {
            string.Join(' ', new[] { $"{"label",-6}", $"{"messages",9}" }.Concat(sources.Select(s => $"{s.ToString().ToLowerInvariant(),9}"))),
        };
        foreach (var (label, count) in _byLabel)
        {
            lines.Add(string.Join(' ', new[] { $"{label,-6}", $"{count,9}" }.Concat(sources.Select(s => $"{Count(label, s),9}"))));
        }

        lines.Add(string.Join(' ', new[] { $"{"total",-6}", $"{Messages,9}" }.Concat(sources.Select(s => $"{this[s],9}"))));
        return string.Join('\n', lines);
    }
}

/// <summary>Writes the corpus as classifier text: one <c>{"id", "label", "text"}</c> JSON line per message.</summary>
public static class Exporter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Non-ASCII text stays readable; the output is a data file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Decodes every message of <paramref name="messages"/> with <see cref="MailText"/> and writes
    /// <c>{"id":..., "label":"ham"|"spam", "text": subject + "\n\n" + body}</c> lines, in input order.
    /// </summary>
    /// <param name="messages">The corpus records.</param>
    /// <param name="outputPath">The output file; gzip-compressed when the name ends in <c>.gz</c>. Parent directories are created.</param>
    /// <returns>The counts.</returns>
    public static ExportCounts Export(IEnumerable<CorpusMessage> messages, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(outputPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var counts = new ExportCounts();
        using var file = File.Create(outputPath);
        using Stream output = outputPath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionLevel.SmallestSize)
            : file;
        using var json = new Utf8JsonWriter(output, WriterOptions);
        foreach (var message in messages)
        {
            var result = message.Decode();
            json.WriteStartObject();
            json.WriteString("id", message.Id);
            json.WriteString("label", message.Label);
            json.WriteString("text", result.Text);
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            output.WriteByte((byte)'\n');
            counts.Add(message.Label, result.Source);
        }

        return counts;
    }
}
