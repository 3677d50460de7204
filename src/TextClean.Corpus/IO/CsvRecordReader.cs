namespace TextClean.Corpus.IO;

internal sealed class CsvRecordReader : RecordReader
{
    public CsvRecordReader(WorkUnit unit, InputOptions options) => throw new InputException("CSV is not implemented yet: " + unit.Path);

    public override long BytesRead => 0;

    public override bool TryRead(out InputRecord record) => throw new NotSupportedException();

    public override string OutputExtension(OutputKind kind) => ".csv";

    public override RecordWriter CreateWriter(Stream stream, OutputKind kind, Compression compression) => throw new NotSupportedException();
}
