using System.Buffers;
using System.Globalization;
using System.Text;

namespace TextClean.Corpus.IO;

/// <summary>
/// A UTF-8 byte buffer in front of an output stream, with JSON string and number encoding. JSON strings keep non-ASCII
/// as is (like JavaScriptEncoder.UnsafeRelaxedJsonEscaping, but without escaping characters outside the BMP): only
/// quotes, backslashes, control characters and lone surrogates are escaped.
/// </summary>
internal sealed class Utf8Output : IDisposable
{
    private const int FlushAt = 1 << 16;

    // Everything a JSON string must escape, plus surrogates (checked for a pair; a lone one is escaped, not mangled to U+FFFD).
    private static readonly SearchValues<char> Special = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "\"\\" +
        string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FlushAt * 2);
    private int _length;

    public Utf8Output(Stream stream) => _stream = stream;

    /// <summary>Bytes written so far, including those still buffered.</summary>
    public long Written { get; private set; }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _length)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _stream.Write(bytes);
                Written += bytes.Length;
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
        Written += bytes.Length;
        FlushIfFull();
    }

    public void Write(byte b)
    {
        Ensure(1);
        _buffer[_length++] = b;
        Written++;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (lone surrogates become U+FFFD).</summary>
    public void WriteText(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            // Chunks keep the buffer bounded for huge documents; a chunk never ends between the halves of a pair.
            int take = Math.Min(text.Length, FlushAt);
            if (take < text.Length && char.IsHighSurrogate(text[take - 1]))
            {
                take--;
            }

            Ensure(take * 3);
            int n = Encoding.UTF8.GetBytes(text[..take], _buffer.AsSpan(_length));
            _length += n;
            Written += n;
            text = text[take..];
            FlushIfFull();
        }
    }

    /// <summary>Writes a JSON string literal (with quotes).</summary>
    public void WriteJsonString(ReadOnlySpan<char> text)
    {
        Write((byte)'"');
        while (!text.IsEmpty)
        {
            int i = text.IndexOfAny(Special);
            if (i < 0)
            {
                WriteText(text);
                break;
            }

            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                WriteText(text[..(i + 2)]);
                text = text[(i + 2)..];
                continue;
            }

            WriteText(text[..i]);
            WriteEscape(c);
            text = text[(i + 1)..];
        }

        Write((byte)'"');
    }

    /// <summary>Writes a JSON number, round-trippable and culture-independent; NaN and infinities (not JSON) as null.</summary>
    public void WriteJsonNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            Write("null"u8);
            return;
        }

        Ensure(32);
        value.TryFormat(_buffer.AsSpan(_length), out int n, "R", CultureInfo.InvariantCulture);
        _length += n;
        Written += n;
    }

    /// <summary>Writes an integer in invariant digits.</summary>
    public void WriteInteger(long value)
    {
        Ensure(20);
        value.TryFormat(_buffer.AsSpan(_length), out int n, provider: CultureInfo.InvariantCulture);
        _length += n;
        Written += n;
    }

    public void Flush()
    {
        if (_length > 0)
        {
            _stream.Write(_buffer, 0, _length);
            _length = 0;
        }
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void WriteEscape(char c)
    {
        ReadOnlySpan<byte> simple = c switch
        {
            '"' => "\\\""u8,
            '\\' => "\\\\"u8,
            '\n' => "\\n"u8,
            '\r' => "\\r"u8,
            '\t' => "\\t"u8,
            '\b' => "\\b"u8,
            '\f' => "\\f"u8,
            _ => default,
        };
        if (!simple.IsEmpty)
        {
            Write(simple);
            return;
        }

        Ensure(6);
        "\\u"u8.CopyTo(_buffer.AsSpan(_length));
        ((int)c).TryFormat(_buffer.AsSpan(_length + 2), out _, "x4", CultureInfo.InvariantCulture);
        _length += 6;
        Written += 6;
    }

    private void Ensure(int bytes)
    {
        if (_buffer.Length - _length < bytes)
        {
            Flush();
            if (_buffer.Length < bytes)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(bytes);
            }
        }
    }

    private void FlushIfFull()
    {
        if (_length >= FlushAt)
        {
            Flush();
        }
    }
}
