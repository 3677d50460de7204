namespace TextClean.Corpus.IO;

/// <summary>Writes malformed records as JSON Lines: <c>{"file": ..., "line": ..., "error": ..., "excerpt": ...}</c>.</summary>
public sealed class ErrorWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly Utf8Output _output;
    private bool _closed;

    /// <summary>Creates a writer that owns <paramref name="stream"/>.</summary>
    public ErrorWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _output = new Utf8Output(stream);
    }

    /// <summary>Writes one malformed record; <paramref name="excerpt"/> is cut to its first 200 characters.</summary>
    public void Write(string file, long line, string message, string? excerpt)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(message);
        ObjectDisposedException.ThrowIf(_closed, this);
        _output.Write("{\"file\": "u8);
        _output.WriteJsonString(file);
        _output.Write(", \"line\": "u8);
        _output.WriteInteger(line);
        _output.Write(", \"error\": "u8);
        _output.WriteJsonString(message);
        _output.Write(", \"excerpt\": "u8);
        if (excerpt is null)
        {
            _output.Write("null"u8);
        }
        else
        {
            _output.WriteJsonString(Malformed.Cut(excerpt));
        }

        _output.Write("}\n"u8);
    }

    /// <summary>Flushes and closes.</summary>
    public void Complete()
    {
        if (_closed)
        {
            return;
        }

        _output.Flush();
        Dispose();
    }

    /// <summary>Closes the stream; without <see cref="Complete"/>, lines still buffered are dropped (an abandoned output).</summary>
    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _output.Dispose();
        _stream.Dispose();
    }
}
