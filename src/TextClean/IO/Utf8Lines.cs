using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace TextClean.IO;

/// <summary>
/// Reads a UTF-8 stream line by line as bytes, so invalid UTF-8 can be counted before it becomes U+FFFD.
/// Lines end at LF; a CR before it and a BOM at the start are dropped.
/// </summary>
internal sealed class Utf8Lines : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _start;
    private int _end;
    private bool _eof;
    private bool _first = true;

    public Utf8Lines(Stream stream) => _stream = stream;

    /// <summary>Reads the next line; false at the end of the stream.</summary>
    public bool TryReadLine(out string line, out int invalidSequences)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            int newline = pending.IndexOf((byte)'\n');
            if (newline >= 0 || (_eof && pending.Length > 0))
            {
                int length = newline >= 0 ? newline : pending.Length;
                var bytes = pending[..length];
                if (bytes.Length > 0 && bytes[^1] == '\r')
                {
                    bytes = bytes[..^1];
                }

                if (_first && bytes.StartsWith("\uFEFF"u8))
                {
                    bytes = bytes[3..];
                }

                _first = false;
                line = Utf8Text.Decode(bytes, out invalidSequences);
                _start += newline >= 0 ? newline + 1 : pending.Length;
                return true;
            }

            if (_eof)
            {
                line = string.Empty;
                invalidSequences = 0;
                return false;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _stream.Dispose();
    }
}
