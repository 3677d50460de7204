using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using TextClean.IO;

namespace TextClean.Corpus.IO;

/// <summary>The raw line of a JSON Lines record and where its text value (the string token, quotes included) is, for splicing.</summary>
internal sealed class JsonCarry(byte[] line, int valueStart, int valueEnd)
{
    public byte[] Line { get; } = line;

    public int ValueStart { get; } = valueStart;

    public int ValueEnd { get; } = valueEnd;
}

/// <summary>
/// JSON Lines: each line one object, the text in a top-level string field. The line is scanned with
/// <see cref="Utf8JsonReader"/> (no DOM); the first occurrence of the field is the text. The whole line is validated.
/// </summary>
internal sealed class JsonLinesRecordReader : RecordReader
{
    private readonly LineSource _lines;
    private readonly byte[] _field;
    private readonly string _fieldName;
    private readonly string _tooLong;

    public JsonLinesRecordReader(WorkUnit unit, InputOptions options)
    {
        _lines = LineSource.Open(unit, options);
        _fieldName = options.TextField;
        _field = Encoding.UTF8.GetBytes(options.TextField);
        _tooLong = TextRecordReader.TooLong(options);
    }

    public override long BytesRead => _lines.BytesRead;

    public override bool TryRead(out InputRecord record)
    {
        if (!_lines.TryRead(out var line, out long number, out long length, out bool tooLong))
        {
            record = default;
            return false;
        }

        record = tooLong
            ? new InputRecord(number, null, _tooLong, 0, Malformed.Clamp(length), null)
            : Parse(line, number, Malformed.Clamp(length), _field, _fieldName);
        return true;
    }

    /// <summary>The record of one JSON line.</summary>
    internal static InputRecord Parse(ReadOnlySpan<byte> line, long number, int length, byte[] field, string fieldName)
    {
        if (line.Trim(" \t\r\f\v"u8).IsEmpty)
        {
            return Malformed.Record(number, "empty line", line, length);
        }

        int invalid = 0;
        byte[] bytes;
        if (Utf8.IsValid(line))
        {
            bytes = line.ToArray();
        }
        else
        {
            // Repair before parsing: the reader would refuse the string, and the output must be valid UTF-8 anyway.
            invalid = Utf8Text.CountInvalid(line);
            bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(line));
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Malformed.Record(number, "not a JSON object", bytes, length, invalid);
            }

            string? text = null;
            string? fieldError = null;
            int start = -1;
            int end = -1;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool match = start < 0 && fieldError is null && reader.ValueTextEquals(field);
                reader.Read();
                if (match)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        start = (int)reader.TokenStartIndex;
                        end = (int)reader.BytesConsumed;
                        text = reader.GetString();
                    }
                    else
                    {
                        fieldError = $"field '{fieldName}' is {Kind(reader.TokenType)}, not a string";
                    }
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }

            // The loop ends at the object's end; anything after it but whitespace makes Read throw.
            if (reader.Read())
            {
                return Malformed.Record(number, "invalid JSON: more than one value on the line", bytes, length, invalid);
            }

            if (fieldError is not null || text is null)
            {
                return Malformed.Record(number, fieldError ?? $"missing field '{fieldName}'", bytes, length, invalid);
            }

            return new InputRecord(number, text, null, invalid, length, new JsonCarry(bytes, start, end));
        }
        catch (JsonException e)
        {
            return Malformed.Record(number, "invalid JSON: " + e.Message, bytes, length, invalid);
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json refuses strings whose \u escapes encode a lone surrogate.
            return Malformed.Record(number, $"field '{fieldName}' cannot be read: {e.Message}", bytes, length, invalid);
        }
    }

    public override string OutputExtension(OutputKind kind) => ".jsonl";

    public override RecordWriter CreateWriter(Stream stream, OutputKind kind, Compression compression) =>
        new JsonLinesRecordWriter(Streams.Compress(stream, compression));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lines.Dispose();
        }

        base.Dispose(disposing);
    }

    private static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
