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
