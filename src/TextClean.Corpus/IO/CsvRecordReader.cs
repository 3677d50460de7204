using System.Buffers;
using System.Globalization;
using TextClean.IO;

namespace TextClean.Corpus.IO;

/// <summary>The fields of a CSV row as read (the text column included), for writing the row back.</summary>
internal sealed class CsvCarry(string[] fields)
{
    public string[] Fields { get; } = fields;
}

/// <summary>
/// CSV (RFC 4180) with a header row, the text in a named column. Quoted fields may hold commas, doubled quotes and line
/// breaks; a record's line is the line where it starts. Lenient where RFC 4180 is silent: a quote inside an unquoted
/// field and text after a closing quote are kept as data. A file is always one unit (a byte offset cannot tell whether
/// it is inside a quoted field).
/// </summary>
internal sealed class CsvRecordReader : RecordReader
{
    private readonly Stream _stream;
    private readonly string _path;
    private readonly int _max;
    private readonly int _textColumn;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _position;
    private int _filled;
    private bool _eof;
    private long _line = 1;
    private long _bytesRead;
    private long _recordBytes;

    // The current record: its field bytes one after another, and where each field ends.
    private byte[] _record = new byte[1024];
    private int _recordLength;
    private readonly List<int> _fieldEnds = [];

    public CsvRecordReader(WorkUnit unit, InputOptions options)
    {
        _path = unit.Path;
        _max = options.MaxRecordBytes;
        _stream = Streams.OpenRead(unit.Path, unit.Compression);
        try
        {
            SkipBom();
            if (!Next(out _, out bool tooLong, out string? error))
            {
                Header = [];
                _textColumn = -1;
                return;
            }

            if (tooLong || error is not null)
            {
                throw new InputException($"{unit.Path}: the CSV header cannot be read: {error ?? "longer than the record limit"}");
            }

            Header = Fields(out _);
            _textColumn = Array.IndexOf(Header, options.TextField);
            if (_textColumn < 0)
            {
                throw new InputException($"{unit.Path}: the CSV header has no column '{options.TextField}'");
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The column names.</summary>
    public string[] Header { get; }

    /// <summary>The index of the text column.</summary>
    public int TextColumn => _textColumn;

    public override long BytesRead => _bytesRead;

    public override bool TryRead(out InputRecord record)
    {
        if (!Next(out long line, out bool tooLong, out string? error))
        {
            record = default;
            return false;
        }

        int length = Malformed.Clamp(_recordBytes);
        if (tooLong)
        {
            record = new InputRecord(line, null, TextRecordReader.TooLong(_max), 0, length, null);
            return true;
        }

        var fields = Fields(out int invalid);
        if (error is null && fields.Length != Header.Length)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"row has {fields.Length} columns, the header has {Header.Length}");
        }

        record = error is not null
            ? new InputRecord(line, null, error, invalid, length, Malformed.Cut(string.Join(',', fields)))
            : new InputRecord(line, fields[_textColumn], null, invalid, length, new CsvCarry(fields));
        return true;
    }

    public override string OutputExtension(OutputKind kind) => ".csv";

    public override RecordWriter CreateWriter(Stream stream, OutputKind kind, Compression compression) =>
        new CsvRecordWriter(Streams.Compress(stream, compression), kind, Header, _textColumn);

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Parses the next record into the field buffer; false at the end of the input.</summary>
    private bool Next(out long line, out bool tooLong, out string? error)
    {
        line = _line;
        tooLong = false;
        error = null;
        _recordLength = 0;
        _fieldEnds.Clear();
        _recordBytes = 0;
        if (!Ensure())
        {
            return false;
        }

        bool quoted = false;
        bool fieldStart = true;
        while (true)
        {
            if (!Ensure())
            {
                if (quoted)
                {
                    error = "unterminated quoted field";
                }

                EndField();
                return true;
            }

            byte b = _buffer[_position++];
            _bytesRead++;
            _recordBytes++;
            if (_recordBytes > _max + 1)
            {
                tooLong = true;
            }

            if (quoted)
            {
                if (b == '"')
                {
                    if (Ensure() && _buffer[_position] == '"')
                    {
                        _position++;
                        _bytesRead++;
                        _recordBytes++;
                        Append(b, tooLong);
                    }
                    else
                    {
                        quoted = false;
                    }

                    continue;
                }

                if (b == '\n')
                {
                    _line++;
                }

                Append(b, tooLong);
                continue;
            }

            switch (b)
            {
                case (byte)',':
                    EndField();
                    fieldStart = true;
                    continue;
                case (byte)'\n':
                    _line++;
                    EndField();
                    return true;
                case (byte)'\r' when Ensure() && _buffer[_position] == '\n':
                    // CR LF ends the record like LF; the LF comes next.
                    continue;
                case (byte)'"' when fieldStart:
                    quoted = true;
                    fieldStart = false;
                    continue;
                default:
                    fieldStart = false;
                    Append(b, tooLong);
                    continue;
            }
        }
    }

    private void EndField() => _fieldEnds.Add(_recordLength);

    private void Append(byte b, bool tooLong)
    {
        // Past the limit the bytes are dropped: the record becomes an error, and memory stays bounded.
        if (tooLong)
        {
            return;
        }

        if (_recordLength == _record.Length)
        {
            Array.Resize(ref _record, _record.Length * 2);
        }

        _record[_recordLength++] = b;
    }

    private string[] Fields(out int invalid)
    {
        invalid = 0;
        var fields = new string[_fieldEnds.Count];
        int start = 0;
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = Utf8Text.Decode(_record.AsSpan(start, _fieldEnds[i] - start), out int bad);
            invalid += bad;
            start = _fieldEnds[i];
        }

        return fields;
    }

    private void SkipBom()
    {
        if (Ensure() && _filled - _position < 3)
        {
            Fill();
        }

        if (_buffer.AsSpan(_position, _filled - _position).StartsWith("\uFEFF"u8))
        {
            _position += 3;
            _bytesRead += 3;
        }
    }

    /// <summary>Whether a byte is available at the position (reading more when needed).</summary>
    private bool Ensure()
    {
        if (_position < _filled)
        {
            return true;
        }

        if (_eof)
        {
            return false;
        }

        _position = 0;
        _filled = 0;
        Fill();
        return _position < _filled;
    }

    private void Fill()
    {
        if (_position > 0)
        {
            _buffer.AsSpan(_position, _filled - _position).CopyTo(_buffer);
            _filled -= _position;
            _position = 0;
        }

        while (!_eof && _filled < _buffer.Length)
        {
            int read = Streams.Read(_stream, _buffer.AsSpan(_filled), _path);
            if (read == 0)
            {
                _eof = true;
            }

            _filled += read;
            if (_filled >= 4)
            {
                break;
            }
        }
    }
}
