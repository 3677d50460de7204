using Parquet;
using Parquet.Schema;

namespace TextClean.Corpus.IO;

/// <summary>
/// One flat Parquet column, typed by its CLR type: read whole from a row group, or buffered for writing. Parquet.Net
/// reads and writes typed memory, so each column type is a generic instance made once per column.
/// </summary>
internal abstract class ParquetColumn
{
    protected ParquetColumn(DataField field) => Field = field;

    public DataField Field { get; }

    /// <summary>Rows buffered for writing.</summary>
    public abstract int Count { get; }

    /// <summary>A column of <paramref name="field"/>'s type.</summary>
    public static ParquetColumn For(DataField field)
    {
        if (field.IsArray || field.MaxRepetitionLevel > 0)
        {
            throw new NotSupportedException($"column '{field.Name}' is repeated; only flat columns are supported");
        }

        // Parquet.Net 6 describes read string and binary columns as ReadOnlyMemory; they are read as strings and arrays.
        var type = field.ClrType;
        if (IsString(field))
        {
            return new StringColumn(field);
        }

        if (type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>))
        {
            return new BytesColumn(field);
        }

        var generic = field.IsNullable ? typeof(NullableColumn<>) : typeof(ValueColumn<>);
        return (ParquetColumn)Activator.CreateInstance(generic.MakeGenericType(type), field)!;
    }

    /// <summary>Whether <paramref name="field"/> holds strings.</summary>
    public static bool IsString(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    /// <summary>Reads this column of <paramref name="group"/>.</summary>
    public abstract void Read(ParquetRowGroupReader group, int rows);

    /// <summary>Buffers row <paramref name="row"/> of <paramref name="source"/> (a column of the same type).</summary>
    public abstract void Append(ParquetColumn source, int row);

    /// <summary>Writes the buffered rows to <paramref name="group"/> as <paramref name="field"/> and clears them.</summary>
    public abstract void Write(ParquetRowGroupWriter group, DataField field);
}

/// <summary>A column of T values, read into an array and buffered into a list.</summary>
internal abstract class ParquetColumn<T>(DataField field) : ParquetColumn(field)
{
    public T[] Values { get; protected set; } = [];

    public List<T> Buffer { get; } = [];

    public override int Count => Buffer.Count;

    public override void Append(ParquetColumn source, int row) => Buffer.Add(((ParquetColumn<T>)source).Values[row]);

    public void Add(T value) => Buffer.Add(value);
}

internal sealed class StringColumn(DataField field) : ParquetColumn<string?>(field)
{
    public override void Read(ParquetRowGroupReader group, int rows)
    {
        var values = new string?[rows];
        Sync.Wait(group.ReadAsync(Field, values.AsMemory()!));
        Values = values;
    }

    public override void Write(ParquetRowGroupWriter group, DataField field)
    {
        Sync.Wait(group.WriteAsync(field, Buffer!));
        Buffer.Clear();
    }
}

internal sealed class BytesColumn(DataField field) : ParquetColumn<byte[]?>(field)
{
    public override void Read(ParquetRowGroupReader group, int rows)
    {
        var values = new byte[]?[rows];
        Sync.Wait(group.ReadAsync(Field, values.AsMemory()!));
        Values = values;
    }

    public override void Write(ParquetRowGroupWriter group, DataField field)
    {
        Sync.Wait(group.WriteAsync(field, Buffer!));
        Buffer.Clear();
    }
}

internal sealed class ValueColumn<T>(DataField field) : ParquetColumn<T>(field)
    where T : struct
{
    public override void Read(ParquetRowGroupReader group, int rows)
    {
        var values = new T[rows];
        Sync.Wait(group.ReadAsync<T>(Field, values.AsMemory()));
        Values = values;
    }

    public override void Write(ParquetRowGroupWriter group, DataField field)
    {
        Sync.Wait(group.WriteAsync<T>(field, new ReadOnlyMemory<T>([.. Buffer])));
        Buffer.Clear();
    }
}

internal sealed class NullableColumn<T>(DataField field) : ParquetColumn<T?>(field)
    where T : struct
{
    public override void Read(ParquetRowGroupReader group, int rows)
    {
        var values = new T?[rows];
        Sync.Wait(group.ReadAsync<T>(Field, values.AsMemory()));
        Values = values;
    }

    public override void Write(ParquetRowGroupWriter group, DataField field)
    {
        Sync.Wait(group.WriteAsync<T>(field, new ReadOnlyMemory<T?>([.. Buffer])));
        Buffer.Clear();
    }
}

/// <summary>Parquet.Net is async only; readers and writers here are used from one synchronous worker thread.</summary>
internal static class Sync
{
    public static void Wait(Task task) => task.GetAwaiter().GetResult();

    public static void Wait(ValueTask task) => task.AsTask().GetAwaiter().GetResult();

    public static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    public static T Wait<T>(ValueTask<T> task) => task.AsTask().GetAwaiter().GetResult();
}
