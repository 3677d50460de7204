using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TextClean.Tokenization;

/// <summary>
/// Vectorized runs of ASCII letters and digits: eight UTF-16 code units are classified per step, so the common
/// short English word costs one vector compare instead of a table lookup per letter.
/// </summary>
internal static class AsciiRuns
{
    /// <summary>The end of the run of ASCII letters and digits starting at <paramref name="j"/>; <paramref name="hasDigits"/> tells if it contains a digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LettersAndDigits(ReadOnlySpan<char> text, int j, out bool hasDigits)
    {
        // Most words are letters only: test letters alone and look for digits only when the run stops at one.
        int end = Letters(text, j);
        if (end >= text.Length || (uint)(text[end] - '0') > 9)
        {
            hasDigits = false;
            return end;
        }

        return LettersAndDigitsFrom(text, end, out hasDigits);
    }

    /// <summary>The end of the run of ASCII letters starting at <paramref name="j"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Letters(ReadOnlySpan<char> text, int j)
    {
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        if (Vector128.IsHardwareAccelerated)
        {
            while (j + Vector128<ushort>.Count <= text.Length)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)j);
                var letter = Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
                uint stop = (~letter).ExtractMostSignificantBits();
                if (stop != 0)
                {
                    return j + BitOperations.TrailingZeroCount(stop);
                }

                j += Vector128<ushort>.Count;
            }
        }

        while (j < text.Length && (uint)((text[j] | 0x20) - 'a') <= 25)
        {
            j++;
        }

        return j;
    }

    // The rare word with digits ("abc123", "mp3"): continue over letters and digits from the first digit.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int LettersAndDigitsFrom(ReadOnlySpan<char> text, int j, out bool hasDigits)
    {
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        uint digits = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            while (j + Vector128<ushort>.Count <= text.Length)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)j);
                var digit = Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
                var letter = Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
                uint stop = (~(digit | letter)).ExtractMostSignificantBits();
                uint digitBits = digit.ExtractMostSignificantBits();
                if (stop != 0)
                {
                    int n = BitOperations.TrailingZeroCount(stop);
                    digits |= digitBits & ((1u << n) - 1);
                    hasDigits = digits != 0;
                    return j + n;
                }

                digits |= digitBits;
                j += Vector128<ushort>.Count;
            }
        }

        while (j < text.Length)
        {
            uint c = text[j];
            if (c - '0' <= 9)
            {
                digits = 1;
            }
            else if ((c | 0x20) - 'a' > 25)
            {
                break;
            }

            j++;
        }

        hasDigits = digits != 0;
        return j;
    }

    /// <summary>The end of the run of ASCII digits starting at <paramref name="j"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Digits(ReadOnlySpan<char> text, int j)
    {
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        if (Vector128.IsHardwareAccelerated)
        {
            while (j + Vector128<ushort>.Count <= text.Length)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)j);
                uint stop = (~Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10))).ExtractMostSignificantBits();
                if (stop != 0)
                {
                    return j + BitOperations.TrailingZeroCount(stop);
                }

                j += Vector128<ushort>.Count;
            }
        }

        while (j < text.Length && (uint)(text[j] - '0') <= 9)
        {
            j++;
        }

        return j;
    }
}
