using System.Runtime.CompilerServices;
using System.Text;

namespace TextClean.Filters;

/// <summary>Text measurements the filters share: lines, whitespace-separated words, scripts without spaces, 64-bit hashes.</summary>
internal static class FilterText
{
    /// <summary>Whether <paramref name="c"/> separates words: any Unicode white space (tab, no-break space, ideographic space).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' : c >= 0x85 && char.IsWhiteSpace(c);

    /// <summary>
    /// The index just past the word (a run of non-space characters) that starts at or after <paramref name="i"/>; sets
    /// <paramref name="start"/> to where it begins. Returns -1 when no word is left.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NextWord(ReadOnlySpan<char> text, int i, out int start)
    {
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        start = i;
        if (i >= text.Length)
        {
            return -1;
        }

        while (i < text.Length && !IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether the code point at <paramref name="i"/> is a letter (surrogate pairs read as one code point).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterAt(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        }

        return char.IsSurrogate(c)
            ? Rune.DecodeFromUtf16(text[i..], out var rune, out _) == System.Buffers.OperationStatus.Done && Rune.IsLetter(rune)
            : char.IsLetter(c);
    }

    /// <summary>
    /// Whether <paramref name="c"/> belongs to a script written without spaces between words: Han, kana, Thai, Lao, Khmer,
    /// Myanmar, Tibetan. Whitespace-separated "words" of such text are phrases or sentences.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUnspacedScript(char c) => c >= 0x0E00 && c switch
    {
        >= '\u0E00' and <= '\u0EFF' => true, // Thai, Lao
        >= '\u0F00' and <= '\u0FFF' => true, // Tibetan
        >= '\u1000' and <= '\u109F' => true, // Myanmar
        >= '\u1780' and <= '\u17FF' => true, // Khmer
        >= '\u3040' and <= '\u30FF' => true, // kana
        >= '\u3400' and <= '\u4DBF' => true, // Han extension A
        >= '\u4E00' and <= '\u9FFF' => true, // Han
        >= '\uF900' and <= '\uFAFF' => true, // Han compatibility
        >= '\uFF66' and <= '\uFF9F' => true, // half-width katakana
        _ => false,
    };

    /// <summary>A 64-bit FNV-1a hash of <paramref name="text"/>, mixed; equal text gives equal hashes in every process.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(hash);
    }

    /// <summary>The splitmix64 finalizer: spreads every input bit over the whole hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
