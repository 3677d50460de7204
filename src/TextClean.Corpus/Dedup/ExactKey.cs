using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace TextClean.Corpus.Dedup;

/// <summary>
/// The key exact deduplication compares: the XxHash128 of the text with every whitespace run (as
/// <see cref="char.IsWhiteSpace(char)"/> defines it, so Unicode spaces and line breaks too) collapsed to one U+0020 and
/// the ends trimmed. Only whitespace is normalized: texts that differ in case, punctuation or any other character get
/// different keys (exact means exact after the cleaning pipeline).
/// </summary>
/// <remarks>
/// The hash is over the UTF-16 code units of the normalized text in little-endian order (the byte order of every
/// platform .NET runs on). Allocation-free for texts of any length: the normalized text is written into a stack buffer
/// that is hashed in chunks; texts longer than the buffer use one <see cref="XxHash128"/> per thread, reset per call.
/// Thread-safe.
/// </remarks>
public static class ExactKey
{
    private const int ChunkChars = 1024;

    [ThreadStatic]
    private static XxHash128? t_hasher;

    /// <summary>The key of <paramref name="text"/>; texts that differ only in whitespace runs get the same key.</summary>
    /// <param name="text">The text, typically a cleaned document.</param>
    /// <returns>The 128-bit key; equal for texts equal after whitespace collapsing and trimming.</returns>
    public static UInt128 Of(ReadOnlySpan<char> text)
    {
        Span<char> chunk = stackalloc char[ChunkChars];
        XxHash128? hasher = null;
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                // Written only when a non-space follows (and something precedes): this collapses runs and trims.
                pendingSpace = length > 0 || hasher is not null;
                continue;
            }

            // Room for a pending space and the character.
            if (length > ChunkChars - 2)
            {
                hasher ??= RentHasher();
                hasher.Append(MemoryMarshal.AsBytes(chunk[..length]));
                length = 0;
            }

            if (pendingSpace)
            {
                chunk[length++] = ' ';
                pendingSpace = false;
            }

            chunk[length++] = c;
        }

        var tail = MemoryMarshal.AsBytes(chunk[..length]);
        if (hasher is null)
        {
            // Short texts: one-shot, which gives the same hash as appending in chunks.
            return XxHash128.HashToUInt128(tail);
        }

        hasher.Append(tail);
        return hasher.GetCurrentHashAsUInt128();
    }

    private static XxHash128 RentHasher()
    {
        var hasher = t_hasher ??= new XxHash128();
        hasher.Reset();
        return hasher;
    }
}
