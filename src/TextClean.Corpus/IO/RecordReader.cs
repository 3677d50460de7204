namespace TextClean.Corpus.IO;

/// <summary>Reads the records of one work unit. Used from one thread.</summary>
public abstract class RecordReader : IDisposable
{
    /// <summary>Uncompressed bytes consumed so far.</summary>
    public abstract long BytesRead { get; }

    /// <summary>Opens <paramref name="unit"/>.</summary>
    /// <exception cref="InputException">The file cannot be opened or is not of its format.</exception>
    public static RecordReader Open(WorkUnit unit, InputOptions options)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(options);
        return unit.Format switch
        {
            InputFormat.Text => new TextRecordReader(unit, options),
            InputFormat.JsonLines => new JsonLinesRecordReader(unit, options),
            InputFormat.Csv => new CsvRecordReader(unit, options),
            InputFormat.Parquet => new ParquetRecordReader(unit, options),
            _ => throw new ArgumentException($"unknown format {unit.Format}", nameof(unit)),
        };
    }

    /// <summary>The next record; false at the end. Record-level problems come back as records with an error; a corrupt stream throws <see cref="InputException"/>.</summary>
    public abstract bool TryRead(out InputRecord record);

    /// <summary>The file extension (without compression) of this unit's <paramref name="kind"/> output: <c>.jsonl</c>, <c>.csv</c>, <c>.parquet</c>, <c>.txt</c>.</summary>
    public abstract string OutputExtension(OutputKind kind);

    /// <summary>A writer of <paramref name="kind"/> output in this unit's format (with the columns it read), compressed as asked; it owns <paramref name="stream"/>.</summary>
    public abstract RecordWriter CreateWriter(Stream stream, OutputKind kind, Compression compression);

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the input.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
