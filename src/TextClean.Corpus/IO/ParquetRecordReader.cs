using System.Text;
using Parquet;
using Parquet.Schema;

namespace TextClean.Corpus.IO;

/// <summary>The columns of one row group as read and a row of it, for writing the row back.</summary>
internal sealed class ParquetCarry(ParquetColumn[] columns, int row)
{
    public ParquetColumn[] Columns { get; } = columns;

    public int Row { get; } = row;
}

/// <summary>
/// Parquet: flat columns, the text in a named string column. A unit is a run of row groups; a row group is read whole
/// (all columns), and a record's line is its 1-based row in the file.
/// </summary>
internal sealed class ParquetRecordReader : RecordReader
{
    private readonly WorkUnit _unit;
    private readonly ParquetReader _reader;
    private readonly DataField[] _fields;
    private readonly int _textColumn;
    private readonly string _textField;
    private int _group;
    private ParquetColumn[] _columns = [];
    private int _rows;
    private int _row;
    private long _firstRow;
    private long _bytesRead;

    public ParquetRecordReader(WorkUnit unit, InputOptions options)
    {
        _unit = unit;
        _textField = options.TextField;
        _reader = OpenReader(unit.Path, unit.Compression);
        try
        {
            Schema = _reader.Schema;
            if (Schema.Fields.Any(f => f.SchemaType != SchemaType.Data))
            {
                throw new InputException($"{unit.Path}: nested Parquet columns (struct, list, map) are not supported");
            }

            _fields = Schema.GetDataFields();
            _textColumn = Array.FindIndex(_fields, f => f.Name == options.TextField);
            if (_textColumn < 0)
            {
                throw new InputException($"{unit.Path}: no column '{options.TextField}' in the Parquet schema");
            }

            if (!ParquetColumn.IsString(_fields[_textColumn]))
            {
                throw new InputException($"{unit.Path}: column '{options.TextField}' is {_fields[_textColumn].ClrType.Name}, not a string");
            }

            foreach (var field in _fields)
            {
                _ = ParquetColumn.For(field);
            }

            var groups = _reader.Metadata!.RowGroups;
            _group = (int)unit.Start;
            for (int i = 0; i < _group; i++)
            {
                _firstRow += groups[i].NumRows;
            }
        }
        catch (Exception e) when (e is not InputException)
        {
            Sync.Wait(_reader.DisposeAsync());
            throw new InputException($"cannot read Parquet file {unit.Path}: {e.Message}", e);
        }
        catch
        {
            Sync.Wait(_reader.DisposeAsync());
            throw;
        }
    }

    /// <summary>The file's schema.</summary>
    public ParquetSchema Schema { get; }

    public override long BytesRead => _bytesRead;

    /// <summary>Row-group runs of about <paramref name="partBytes"/> compressed bytes: (first group, end group, bytes).</summary>
    public static List<(long Start, long End, long Bytes)> PlanRowGroups(string path, Compression compression, long partBytes)
    {
        if (compression != Compression.None)
        {
            // Not decompressed twice: a compressed file is one unit, whatever its row groups.
            return [(0, int.MaxValue, new FileInfo(path).Length)];
        }

        var reader = OpenReader(path, compression);
        List<Parquet.Meta.RowGroup> groups;
        try
        {
            groups = reader.Metadata!.RowGroups;
        }
        finally
        {
            Sync.Wait(reader.DisposeAsync());
        }

        var runs = new List<(long Start, long End, long Bytes)>();
        int start = 0;
        long bytes = 0;
        for (int i = 0; i < groups.Count; i++)
        {
            bytes += groups[i].TotalCompressedSize ?? groups[i].TotalByteSize;
            if (bytes >= partBytes || i == groups.Count - 1)
            {
                runs.Add((start, i + 1, bytes));
                start = i + 1;
                bytes = 0;
            }
        }

        if (runs.Count <= 1)
        {
            // One unit: the whole file, with its real size.
            return [(0, groups.Count, new FileInfo(path).Length)];
        }

        return runs;
    }

    public override bool TryRead(out InputRecord record)
    {
        while (_row >= _rows)
        {
            if (_group >= _unit.End || _group >= _reader.RowGroupCount)
            {
                record = default;
                return false;
            }

            LoadGroup();
        }

        int row = _row++;
        long line = _firstRow + row + 1;
        string? text = ((StringColumn)_columns[_textColumn]).Values[row];
        record = text is null
            ? new InputRecord(line, null, $"column '{_textField}' is null", 0, 0, null)
            : new InputRecord(line, text, null, 0, Encoding.UTF8.GetByteCount(text), new ParquetCarry(_columns, row));
        return true;
    }

    public override string OutputExtension(OutputKind kind) => ".parquet";

    public override RecordWriter CreateWriter(Stream stream, OutputKind kind, Compression compression) =>
        new ParquetRecordWriter(Streams.Compress(stream, compression), kind, Schema, _fields, _textColumn);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Sync.Wait(_reader.DisposeAsync());
        }

        base.Dispose(disposing);
    }

    private static ParquetReader OpenReader(string path, Compression compression)
    {
        var file = compression == Compression.None ? Streams.OpenFile(path) : Decompressed(path, compression);
        try
        {
            return Sync.Wait(ParquetReader.CreateAsync(file, leaveStreamOpen: false));
        }
        catch (Exception e)
        {
            file.Dispose();
            throw new InputException($"cannot read Parquet file {path}: {e.Message}", e);
        }
    }

    /// <summary>A compressed Parquet file decompressed to a temporary file (Parquet needs to seek), deleted on close.</summary>
    private static FileStream Decompressed(string path, Compression compression)
    {
        var temp = new FileStream(
            Path.Combine(Path.GetTempPath(), "textclean-" + Guid.NewGuid().ToString("N") + ".parquet"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            using var input = Streams.OpenRead(path, compression);
            var buffer = new byte[1 << 16];
            int read;
            while ((read = Streams.Read(input, buffer, path)) > 0)
            {
                temp.Write(buffer, 0, read);
            }

            temp.Position = 0;
            return temp;
        }
        catch
        {
            temp.Dispose();
            throw;
        }
    }

    private void LoadGroup()
    {
        // A fresh array per group: records read earlier keep the columns of their own group.
        _firstRow += _rows;
        try
        {
            using var group = _reader.OpenRowGroupReader(_group);
            int rows = checked((int)group.RowCount);
            var columns = _fields.Select(ParquetColumn.For).ToArray();
            foreach (var column in columns)
            {
                column.Read(group, rows);
            }

            _columns = columns;
            _rows = rows;
            _row = 0;
            _bytesRead += _reader.Metadata!.RowGroups[_group].TotalByteSize;
            _group++;
        }
        catch (Exception e) when (e is not InputException)
        {
            throw new InputException($"cannot read Parquet file {_unit.Path}, row group {_group}: {e.Message}", e);
        }
    }
}
