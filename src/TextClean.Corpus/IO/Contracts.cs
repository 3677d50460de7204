// CONTRACT STUBS: the shapes the job runner codes against. The IO helper replaces these bodies (and may split this file
// into one file per type) but keeps every public signature.
using TextClean.Filters;

namespace TextClean.Corpus.IO;

/// <summary>The record formats a corpus job reads and writes.</summary>
public enum InputFormat
{
    /// <summary>Plain UTF-8 text, one document per line.</summary>
    Text,

    /// <summary>JSON Lines: one JSON object per line, the text in a named field, other fields carried through.</summary>
    JsonLines,

    /// <summary>CSV (RFC 4180) with a header row; the text in a named column, other columns carried through.</summary>
    Csv,

    /// <summary>Apache Parquet; the text in a named string column, other columns carried through.</summary>
    Parquet,
}

/// <summary>Compression of an input or output file, by extension: none, <c>.gz</c>, <c>.zst</c>.</summary>
public enum Compression
{
    /// <summary>Not compressed.</summary>
    None,

    /// <summary>gzip (<c>.gz</c>).</summary>
    Gzip,

    /// <summary>Zstandard (<c>.zst</c>).</summary>
    Zstd,
}

/// <summary>Which output a writer writes.</summary>
public enum OutputKind
{
    /// <summary>Documents that passed every stage, with their cleaned text.</summary>
    Kept,

    /// <summary>Documents a filter rejected, with their original text and the filter's verdict.</summary>
    Rejected,
}

/// <summary>How a job reads its inputs.</summary>
public sealed record InputOptions
{
    /// <summary>The format of every input; null: by each file's extension.</summary>
    public InputFormat? Format { get; init; }

    /// <summary>The JSON field, CSV column or Parquet column that holds the text.</summary>
    public string TextField { get; init; } = "text";

    /// <summary>A line (record) longer than this many bytes is malformed, not read into memory whole.</summary>
    public int MaxRecordBytes { get; init; } = 16 << 20;

    /// <summary>Uncompressed text and JSON Lines files larger than this are split into parts of about this size (by lines).</summary>
    public long PartBytes { get; init; } = 256L << 20;
}

/// <summary>An input that cannot be read at all (no such file, a pattern that matches nothing, an unknown extension, a corrupt archive): the job stops.</summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InputException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InputException()
    {
    }
}

/// <summary>Finds input files.</summary>
public static class InputFiles
{
    /// <summary>
    /// Expands files, directories (all files below, recursively) and globs (<c>*</c>, <c>**</c>, <c>?</c>) into existing files,
    /// sorted by ordinal path, each once.
    /// </summary>
    /// <exception cref="InputException">A pattern matches nothing (the message names it).</exception>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> patterns) => throw new NotImplementedException();

    /// <summary>The format and compression of <paramref name="path"/> by its extensions (<c>.jsonl.gz</c>), or <paramref name="format"/> when given.</summary>
    /// <exception cref="InputException">The extension is not known (the message names the file and the known extensions).</exception>
    public static (InputFormat Format, Compression Compression) Detect(string path, InputFormat? format) => throw new NotImplementedException();
}

/// <summary>
/// A piece of work: one input file, or one part of a large one (a byte range that starts and ends at line boundaries,
/// or a range of Parquet row groups). Units are what shards split and what completion markers record.
/// </summary>
/// <param name="Path">The input file.</param>
/// <param name="Format">Its format.</param>
/// <param name="Compression">Its compression.</param>
/// <param name="Part">0-based part number within the file.</param>
/// <param name="PartCount">How many parts the file has (1: the whole file).</param>
/// <param name="Start">Where the part starts (byte offset, or first row group for Parquet).</param>
/// <param name="End">Where it ends, exclusive (byte offset, or row group).</param>
public sealed record WorkUnit(string Path, InputFormat Format, Compression Compression, int Part, int PartCount, long Start, long End)
{
    /// <summary>A stable name, unique within a job and safe as a file name (the path below the inputs' common folder, '/' as '__', plus <c>.partNNNN</c> when split).</summary>
    public required string Name { get; init; }

    /// <summary>Bytes of the file this unit covers on disk (for progress and planning).</summary>
    public required long DiskBytes { get; init; }
}

/// <summary>Plans the work units of a job.</summary>
public static class WorkPlanner
{
    /// <summary>The units of <paramref name="files"/> in a deterministic order (files in the given order, parts in order).</summary>
    public static IReadOnlyList<WorkUnit> Plan(IReadOnlyList<string> files, InputOptions options) => throw new NotImplementedException();
}

/// <summary>
/// One input record: its text, or why it is malformed. Never thrown away: a malformed record comes back with
/// <see cref="Error"/> set so the job can account for it.
/// </summary>
public readonly struct InputRecord
{
    /// <summary>Creates a record.</summary>
    public InputRecord(long line, string? text, string? error, int invalidUtf8, int byteLength, object? carry)
    {
        Line = line;
        Text = text;
        Error = error;
        InvalidUtf8 = invalidUtf8;
        ByteLength = byteLength;
        Carry = carry;
    }

    /// <summary>The 1-based line in the file where the record starts (text, JSON Lines, CSV), or the 1-based row (Parquet).</summary>
    public long Line { get; }

    /// <summary>The document text; null when <see cref="Error"/> is set.</summary>
    public string? Text { get; }

    /// <summary>Why the record is malformed (bad JSON, missing field, over-long line); null when it is a document.</summary>
    public string? Error { get; }

    /// <summary>How many invalid UTF-8 sequences became U+FFFD.</summary>
    public int InvalidUtf8 { get; }

    /// <summary>The record's size in the uncompressed input, in bytes.</summary>
    public int ByteLength { get; }

    /// <summary>What the format's writer needs to write the record back with its other fields (immutable; null for plain text).</summary>
    internal object? Carry { get; }
}

/// <summary>Reads the records of one work unit. Used from one thread.</summary>
public abstract class RecordReader : IDisposable
{
    /// <summary>Uncompressed bytes consumed so far.</summary>
    public abstract long BytesRead { get; }

    /// <summary>Opens <paramref name="unit"/>.</summary>
    /// <exception cref="InputException">The file cannot be opened or is not of its format.</exception>
    public static RecordReader Open(WorkUnit unit, InputOptions options) => throw new NotImplementedException();

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

/// <summary>Writes records of one output file. Used from one thread.</summary>
public abstract class RecordWriter : IDisposable
{
    /// <summary>Writes a kept record: <paramref name="record"/> with its text replaced by <paramref name="text"/>, other fields as read.</summary>
    public abstract void WriteKept(in InputRecord record, string text);

    /// <summary>Writes a rejected record: its original text and fields plus <c>rejected_by</c> (the rule), <c>rejected_value</c> and <c>rejected_limit</c>.</summary>
    public abstract void WriteRejected(in InputRecord record, FilterVerdict verdict);

    /// <summary>Finishes the file (Parquet footer, compression frame) and closes the stream.</summary>
    public abstract void Complete();

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the output.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}

/// <summary>Writes malformed records as JSON Lines: <c>{"file": ..., "line": ..., "error": ..., "excerpt": ...}</c>.</summary>
public sealed class ErrorWriter : IDisposable
{
    /// <summary>Creates a writer that owns <paramref name="stream"/>.</summary>
    public ErrorWriter(Stream stream) => throw new NotImplementedException();

    /// <summary>Writes one malformed record; <paramref name="excerpt"/> is cut to its first 200 characters.</summary>
    public void Write(string file, long line, string message, string? excerpt) => throw new NotImplementedException();

    /// <summary>Flushes and closes.</summary>
    public void Complete() => throw new NotImplementedException();

    /// <inheritdoc/>
    public void Dispose() => throw new NotImplementedException();
}
