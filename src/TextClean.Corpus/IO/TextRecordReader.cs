using System.Globalization;
using TextClean.IO;

namespace TextClean.Corpus.IO;

/// <summary>Plain text, one document per line; an empty line is an empty document.</summary>
internal sealed class TextRecordReader : RecordReader
{
    private readonly LineSource _lines;
    private readonly string _tooLong;

    public TextRecordReader(WorkUnit unit, InputOptions options)
    {
        _lines = LineSource.Open(unit, options);
        _tooLong = TooLong(options);
    }

    public override long BytesRead => _lines.BytesRead;

    /// <summary>The error of a line over the limit.</summary>
    public static string TooLong(InputOptions options) => TooLong(options.MaxRecordBytes);

    /// <summary>The error of a line over <paramref name="max"/> bytes.</summary>
    public static string TooLong(int max) => string.Create(CultureInfo.InvariantCulture, $"line is longer than {max} bytes");

    public override bool TryRead(out InputRecord record)
    {
        if (!_lines.TryRead(out var line, out long number, out long length, out bool tooLong))
        {
            record = default;
            return false;
        }

        if (tooLong)
        {
            record = new InputRecord(number, null, _tooLong, 0, Malformed.Clamp(length), null);
            return true;
        }

        string text = Utf8Text.Decode(line, out int invalid);
        record = new InputRecord(number, text, null, invalid, Malformed.Clamp(length), null);
        return true;
    }

    public override string OutputExtension(OutputKind kind) => kind == OutputKind.Kept ? ".txt" : ".jsonl";

    public override RecordWriter CreateWriter(Stream stream, OutputKind kind, Compression compression) =>
        new TextRecordWriter(Streams.Compress(stream, compression), kind);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lines.Dispose();
        }

        base.Dispose(disposing);
    }
}
