using TextClean.Filters;

namespace TextClean.Corpus.IO;

/// <summary>Writes records of one output file. Used from one thread.</summary>
public abstract class RecordWriter : IDisposable
{
    /// <summary>Writes a kept record: <paramref name="record"/> with its text replaced by <paramref name="text"/>, other fields as read.</summary>
    public abstract void WriteKept(in InputRecord record, string text);

    /// <summary>
    /// Writes a rejected record: its fields plus <c>rejected_by</c> (the rule), <c>rejected_value</c>, <c>rejected_limit</c> and
    /// <c>rejected_detail</c>; the text is the original, or <paramref name="text"/> when given (dedup rejects the cleaned text it compared).
    /// </summary>
    public abstract void WriteRejected(in InputRecord record, FilterVerdict verdict, string? text = null);

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

    /// <summary>Throws unless <paramref name="record"/> is a document (malformed records go to the error output).</summary>
    protected static void RequireDocument(in InputRecord record)
    {
        if (record.Error is not null)
        {
            throw new ArgumentException("a malformed record cannot be written as a document: " + record.Error, nameof(record));
        }
    }
}

/// <summary>A writer over a UTF-8 byte output that owns the stream.</summary>
internal abstract class Utf8RecordWriter : RecordWriter
{
    private readonly Stream _stream;
    private bool _closed;

    protected Utf8RecordWriter(Stream stream)
    {
        _stream = stream;
        Output = new Utf8Output(stream);
    }

    protected Utf8Output Output { get; }

    /// <summary>Writes <c>, "rejected_by": ..., "rejected_value": ..., "rejected_limit": ...</c> (and the detail).</summary>
    protected void WriteVerdictFields(FilterVerdict verdict)
    {
        Output.Write(", \"rejected_by\": "u8);
        Output.WriteJsonString(verdict.Rule);
        Output.Write(", \"rejected_value\": "u8);
        Output.WriteJsonNumber(verdict.Value);
        Output.Write(", \"rejected_limit\": "u8);
        Output.WriteJsonNumber(verdict.Limit);
        if (verdict.Detail is not null)
        {
            Output.Write(", \"rejected_detail\": "u8);
            Output.WriteJsonString(verdict.Detail);
        }
    }

    public override void Complete()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        Output.Flush();
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closed)
        {
            _closed = true;
            Output.Dispose();

            // Disposing the compressor writes its trailer: a half-written output is discarded by the job anyway.
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }
}
