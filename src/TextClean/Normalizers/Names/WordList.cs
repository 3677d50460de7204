using System.Collections.Frozen;
using System.Numerics;
using System.Text;

namespace TextClean.Normalizers.Names;

/// <summary>
/// A case-insensitive (<see cref="StringComparer.OrdinalIgnoreCase"/>) word set for span lookups, with a cheap filter in
/// front of the hash lookup: a word whose length, or whose ASCII first letter, no entry has cannot be in the set. Most
/// tokens fail the filter, so they never pay for hashing. For ASCII words a small bit table of case-folded hashes (a
/// Bloom filter with one hash) answers next, in cache, before the set's own, larger table is touched. The answers are
/// exactly those of the set itself.
/// </summary>
internal sealed class WordList
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Bit n: some entry has n characters (bit 63: 63 or more).
    private readonly ulong _lengths;

    // Bit c of the 128: some entry starts with ASCII character c, in either case. All bits when an entry starts with a
    // non-ASCII character (whose case mapping the filter does not try to follow).
    private readonly ulong _firstLow;
    private readonly ulong _firstHigh;

    // Bit Hash(w) & _bloomMask is set for every entry w; null when an entry is not ASCII.
    private readonly ulong[]? _bloom;
    private readonly uint _bloomMask;

    public WordList(FrozenSet<string> set)
    {
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        if (set.All(w => Ascii.IsValid(w)))
        {
            int bits = (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((uint)Math.Max(set.Count, 1) * 16), 1024, 1 << 17);
            _bloom = new ulong[bits / 64];
            _bloomMask = (uint)bits - 1;
            foreach (string word in set)
            {
                uint bit = AsciiHash(word, out _) & _bloomMask;
                _bloom[bit >> 6] |= 1UL << (int)(bit & 63);
            }
        }

        foreach (string word in set)
        {
            _lengths |= 1UL << Math.Min(word.Length, 63);
            if (word.Length == 0)
            {
                continue;
            }

            char first = word[0];
            if (!char.IsAscii(first))
            {
                _firstLow = ulong.MaxValue;
                _firstHigh = ulong.MaxValue;
                continue;
            }

            foreach (char c in (ReadOnlySpan<char>)[char.ToLowerInvariant(first), char.ToUpperInvariant(first)])
            {
                if (c < 64)
                {
                    _firstLow |= 1UL << c;
                }
                else
                {
                    _firstHigh |= 1UL << (c - 64);
                }
            }
        }
    }

    /// <summary>Whether the set holds <paramref name="word"/>, ignoring case.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((_lengths & (1UL << Math.Min(word.Length, 63))) == 0)
        {
            return false;
        }

        if (!word.IsEmpty && !MayStartWith(word[0]))
        {
            return false;
        }

        if (_bloom is not null)
        {
            uint bit = AsciiHash(word, out bool ascii) & _bloomMask;
            if (ascii && (_bloom[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }

        return _lookup.Contains(word);
    }

    /// <summary>False when no entry starts with <paramref name="first"/> (in either case); true for any non-ASCII character.</summary>
    public bool MayStartWith(char first)
    {
        if (first >= 128)
        {
            return true;
        }

        ulong bits = first < 64 ? _firstLow : _firstHigh;
        return (bits & (1UL << (first & 63))) != 0;
    }

    // A hash of the word with ASCII letters folded to upper case, so that words equal under OrdinalIgnoreCase hash alike;
    // `ascii` is false (and the hash meaningless) when the word has a character outside ASCII.
    private static uint AsciiHash(ReadOnlySpan<char> word, out bool ascii)
    {
        uint hash = (uint)word.Length;
        uint any = 0;
        foreach (char c in word)
        {
            any |= c;
            uint folded = char.IsAsciiLetterLower(c) ? (uint)c - 32 : c;
            hash = (hash * 31) + folded;
        }

        ascii = any < 128;
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        hash ^= hash >> 12;
        return hash;
    }
}
