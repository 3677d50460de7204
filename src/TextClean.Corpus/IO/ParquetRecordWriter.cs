using Parquet;
using Parquet.Schema;
using TextClean.Filters;

namespace TextClean.Corpus.IO;

/// <summary>
/// Parquet with the reader's schema, the text column replaced (kept), or as read plus <c>rejected_by</c> (string),
/// <c>rejected_value</c>, <c>rejected_limit</c> (double, null for NaN and infinities) and <c>rejected_detail</c> (string).
/// Rows are buffered and written as a row group every <see cref="RowGroupRows"/> rows, so memory stays bounded.
/// </summary>
internal sealed class ParquetRecordWriter : RecordWriter
{
    /// <summary>Rows per row group written.</summary>
    public const int RowGroupRows = 1 << 16;

    private readonly Stream _stream;
    private readonly ParquetWriter _writer;
    private readonly DataField[] _outFields;
    private readonly ParquetColumn[] _buffers;
    private readonly int _textColumn;
    private readonly int _inputColumns;
    private bool _closed;

    public ParquetRecordWriter(Stream stream, OutputKind kind, ParquetSchema schema, DataField[] fields, int textColumn)
    {
        _stream = stream;
        _textColumn = textColumn;
        _inputColumns = fields.Length;
        var outSchema = kind == OutputKind.Kept
            ? schema
            : new ParquetSchema([
                .. schema.Fields,
                new DataField<string>("rejected_by"),
                new DataField<double?>("rejected_value"),
                new DataField<double?>("rejected_limit"),
                new DataField<string>("rejected_detail"),
            ]);
        _outFields = outSchema.GetDataFields();
        _buffers = _outFields.Select(ParquetColumn.For).ToArray();

        // Parquet.Net wants to know the position; a compressor cannot tell it, so count what goes through.
        _writer = Sync.Wait(ParquetWriter.CreateAsync(outSchema, new CountingStream(stream)));
    }

    public override void WriteKept(in InputRecord record, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var carry = Carry(record);
        for (int i = 0; i < _inputColumns; i++)
        {
            if (i == _textColumn)
            {
                ((StringColumn)_buffers[i]).Add(text);
            }
            else
            {
                _buffers[i].Append(carry.Columns[i], carry.Row);
            }
        }

        FlushIfFull();
    }

    public override void WriteRejected(in InputRecord record, FilterVerdict verdict, string? text = null)
    {
        var carry = Carry(record);
        if (_buffers.Length == _inputColumns)
        {
            throw new InvalidOperationException("this writer writes kept records");
        }

        for (int i = 0; i < _inputColumns; i++)
        {
            if (i == _textColumn && text is not null)
            {
                ((StringColumn)_buffers[i]).Add(text);
            }
            else
            {
                _buffers[i].Append(carry.Columns[i], carry.Row);
            }
        }

        ((StringColumn)_buffers[_inputColumns]).Add(verdict.Rule);
        ((NullableColumn<double>)_buffers[_inputColumns + 1]).Add(double.IsFinite(verdict.Value) ? verdict.Value : null);
        ((NullableColumn<double>)_buffers[_inputColumns + 2]).Add(double.IsFinite(verdict.Limit) ? verdict.Limit : null);
        ((StringColumn)_buffers[_inputColumns + 3]).Add(verdict.Detail);
        FlushIfFull();
    }

    public override void Complete()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_buffers[0].Count > 0)
        {
            WriteGroup();
        }

        _closed = true;
        Sync.Wait(_writer.DisposeAsync());
        _stream.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closed)
        {
            _closed = true;
            Sync.Wait(_writer.DisposeAsync());
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private static ParquetCarry Carry(in InputRecord record)
    {
        RequireDocument(record);
        return record.Carry as ParquetCarry ?? throw new ArgumentException("the record was not read from Parquet", nameof(record));
    }

    private void FlushIfFull()
    {
        if (_buffers[0].Count >= RowGroupRows)
        {
            WriteGroup();
        }
    }

    private void WriteGroup()
    {
        using var group = _writer.CreateRowGroup();
        for (int i = 0; i < _buffers.Length; i++)
        {
            _buffers[i].Write(group, _outFields[i]);
        }

        group.CompleteValidate();
    }

    /// <summary>A write-only pass-through that knows its position (what Parquet.Net asks of its output).</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        private long _position;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _position;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            _position += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            inner.Flush();
            return Task.CompletedTask;
        }
    }
}
