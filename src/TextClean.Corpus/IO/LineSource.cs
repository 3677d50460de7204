using System.Buffers;

namespace TextClean.Corpus.IO;

/// <summary>
/// Reads the lines of a text or JSON Lines unit as bytes: lines end at LF, a CR before it and a BOM at the start of the
/// file are dropped. A line longer than the limit is skipped without being buffered whole. For a part of a file, it
/// starts after the first LF at or after <c>Start - 1</c> and stops at the first line that starts at or after <c>End</c>,
/// so every line belongs to exactly one part; line numbers stay absolute.
/// </summary>
internal sealed class LineSource : IDisposable
{
    private const int InitialBuffer = 1 << 16;

    private readonly Stream _stream;
    private readonly string _path;
    private readonly int _max;
    private readonly long _end;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
    private int _start;
    private int _filled;
    private int _scanned;
    private bool _eof;
    private long _position;
    private long _nextLine;
    private long _origin;
    private (string, long, DateTime)? _key;
    private bool _skippedNewline;

    private LineSource(Stream stream, string path, int maxBytes, long position, long end, long nextLine)
    {
        _stream = stream;
        _path = path;
        _max = maxBytes;
        _position = position;
        _origin = position;
        _end = end;
        _nextLine = nextLine;
    }

    /// <summary>Uncompressed bytes consumed in this unit (after the skipped start of a part).</summary>
    public long BytesRead => _position - _origin;

    /// <summary>Opens the lines of <paramref name="unit"/>.</summary>
    public static LineSource Open(WorkUnit unit, InputOptions options)
    {
        if (unit.Start <= 0 || unit.Compression != Compression.None)
        {
            var whole = Streams.OpenRead(unit.Path, unit.Compression);
            return new LineSource(whole, unit.Path, options.MaxRecordBytes, 0, unit.PartCount > 1 ? unit.End : long.MaxValue, 1)
            {
                _key = unit.PartCount > 1 && whole is FileStream first ? LineIndex.Key(first) : null,
            };
        }

        var file = Streams.OpenFile(unit.Path);
        try
        {
            // Absolute line numbers: count the LFs before the byte where the search for this part's first line starts,
            // from the nearest offset where the count is known.
            var key = LineIndex.Key(file);
            var (known, lines) = LineIndex.Nearest(key, unit.Start - 1);
            file.Seek(known, SeekOrigin.Begin);
            lines += CountNewlines(file, unit.Start - 1 - known, unit.Path);
            LineIndex.Record(key, unit.Start - 1, lines);
            var source = new LineSource(file, unit.Path, options.MaxRecordBytes, unit.Start - 1, unit.End, lines + 1) { _key = key };
            source.SkipLine();
            source._nextLine = lines + 2;
            if (!source._skippedNewline)
            {
                // No LF after the start: no line starts in this part, and there is no count worth keeping.
                source._key = null;
            }

            source._origin = source._position;
            return source;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The next line; false at the end. When the line is longer than the limit, <paramref name="tooLong"/> is set,
    /// <paramref name="line"/> is empty and the line has been skipped.
    /// </summary>
    public bool TryRead(out ReadOnlySpan<byte> line, out long number, out long length, out bool tooLong)
    {
        line = default;
        number = _nextLine;
        length = 0;
        tooLong = false;
        if (_position >= _end)
        {
            if (_key is { } key)
            {
                // The next part's first line is at or after here: tell it how many LFs came before.
                LineIndex.Record(key, _position, _nextLine - 1);
                _key = null;
            }

            return false;
        }

        long lineStart = _position;
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _filled - _start);
            int newline = pending[_scanned..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                newline += _scanned;
            }

            if (newline >= 0 || (_eof && pending.Length > 0))
            {
                int taken = newline >= 0 ? newline + 1 : pending.Length;
                var bytes = pending[..(newline >= 0 ? newline : pending.Length)];
                _start += taken;
                _scanned = 0;
                _position += taken;
                _nextLine++;
                length = taken;
                if (bytes.Length > 0 && bytes[^1] == '\r')
                {
                    bytes = bytes[..^1];
                }

                if (lineStart == 0 && bytes.StartsWith("\uFEFF"u8))
                {
                    bytes = bytes[3..];
                }

                if (bytes.Length > _max)
                {
                    tooLong = true;
                    return true;
                }

                line = bytes;
                return true;
            }

            if (_eof)
            {
                return false;
            }

            if (pending.Length > _max + 1)
            {
                // Longer than any CR + line we accept: drop what we have and skip to the LF without buffering.
                tooLong = true;
                length = pending.Length;
                _position += pending.Length;
                _start = _filled;
                _scanned = 0;
                length += SkipLine();
                _nextLine++;
                return true;
            }

            _scanned = pending.Length;
            Fill();
        }
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        _stream.Dispose();
    }

    private static long CountNewlines(Stream stream, long bytes, string path)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long count = 0;
            while (bytes > 0)
            {
                int read = Streams.Read(stream, buffer.AsSpan(0, (int)Math.Min(buffer.Length, bytes)), path);
                if (read == 0)
                {
                    break;
                }

                count += buffer.AsSpan(0, read).Count((byte)'\n');
                bytes -= read;
            }

            return count;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Consumes bytes up to and including the next LF (or to the end); returns how many.</summary>
    private long SkipLine()
    {
        long skipped = 0;
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _filled - _start);
            int newline = pending.IndexOf((byte)'\n');
            int taken = newline >= 0 ? newline + 1 : pending.Length;
            _start += taken;
            _position += taken;
            skipped += taken;
            if (newline >= 0 || _eof)
            {
                _scanned = 0;
                _skippedNewline = newline >= 0;
                return skipped;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _filled - _start).CopyTo(_buffer);
            _filled -= _start;
            _start = 0;
        }

        if (_filled == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _filled).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        int read = Streams.Read(_stream, _buffer.AsSpan(_filled), _path);
        if (read == 0)
        {
            _eof = true;
        }

        _filled += read;
    }
}
