namespace TextClean.Corpus.IO;

internal sealed class ParquetRecordReader : RecordReader
{
    public ParquetRecordReader(WorkUnit unit, InputOptions options) => throw new InputException("Parquet is not implemented yet: " + unit.Path);

    public override long BytesRead => 0;

    public static IEnumerable<(long Start, long End, long Bytes)> PlanRowGroups(string path, Compression compression, long partBytes) =>
        throw new InputException("Parquet is not implemented yet: " + path);

    public override bool TryRead(out InputRecord record) => throw new NotSupportedException();

    public override string OutputExtension(OutputKind kind) => ".parquet";

    public override RecordWriter CreateWriter(Stream stream, OutputKind kind, Compression compression) => throw new NotSupportedException();
}
