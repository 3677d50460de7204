using System.IO.Compression;
using ZstdSharp;

namespace TextClean.Corpus.IO;

/// <summary>Opens inputs and outputs with their compression, and turns stream failures into <see cref="InputException"/>.</summary>
internal static class Streams
{
    private const int FileBuffer = 1 << 16;

    /// <summary>Opens <paramref name="path"/> for reading, decompressing as asked.</summary>
    public static Stream OpenRead(string path, Compression compression)
    {
        var file = OpenFile(path);
        return compression switch
        {
            Compression.Gzip => new GZipStream(file, CompressionMode.Decompress),
            Compression.Zstd => new DecompressionStream(file),
            _ => file,
        };
    }

    /// <summary>Opens <paramref name="path"/> uncompressed; a missing or unreadable file names it.</summary>
    public static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBuffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot open input {path}: {e.Message}", e);
        }
    }

    /// <summary>Wraps <paramref name="stream"/> in a compressor; the result owns it.</summary>
    public static Stream Compress(Stream stream, Compression compression) => compression switch
    {
        // Fastest: outputs are intermediate products; gzip at higher levels would cost more than the whole cleaning.
        Compression.Gzip => new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: false),
        Compression.Zstd => new CompressionStream(stream, 3, leaveOpen: false),
        _ => stream,
    };

    /// <summary>Reads into <paramref name="buffer"/>, reporting a corrupt compressed stream as an <see cref="InputException"/> naming the file.</summary>
    public static int Read(Stream stream, Span<byte> buffer, string path)
    {
        try
        {
            return stream.Read(buffer);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ZstdException)
        {
            throw new InputException($"cannot read {path}: {e.Message}", e);
        }
    }
}
