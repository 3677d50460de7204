using System.Globalization;
using System.Text;
using TextClean.Tokenization;

namespace TextClean.Normalizers.Numbers;

/// <summary>
/// Decides what to emit for one number token (<see cref="TokenKind.Number"/>) from its text and <see cref="TokenFlags"/>,
/// following <see cref="NumberOptions"/>. Stateless, thread-safe, and <see cref="TryNormalize"/> never allocates.
/// </summary>
/// <remarks>
/// <para><b>Phones.</b> A token with <see cref="TokenFlags.Phone"/> follows <see cref="NumberOptions.Phones"/> only.</para>
/// <para><b>Mask.</b> The most specific mask wins, in this order: <see cref="TokenFlags.Date"/> → <c>&lt;DATE&gt;</c>,
/// <see cref="TokenFlags.Time"/> → <c>&lt;TIME&gt;</c>, <see cref="TokenFlags.Money"/> → <c>&lt;MONEY&gt;</c>,
/// <see cref="TokenFlags.Percent"/> → <c>&lt;PERCENT&gt;</c>, <see cref="TokenFlags.Ordinal"/> → <c>&lt;ORDINAL&gt;</c>, anything
/// else (plain numbers, signed numbers, fractions and ratios such as <c>1/2</c> or <c>24/7</c>) → <c>&lt;NUM&gt;</c>.</para>
/// <para><b>Shape.</b> Every decimal digit of any script (Unicode category Nd, including digits outside the BMP) becomes one
/// <c>0</c>; every other character is kept: <c>$1,234.56</c> → <c>$0,000.00</c>, <c>10:30</c> → <c>00:00</c>, <c>٣٤٥</c> → <c>000</c>.</para>
/// <para><b>Bucket.</b> Dates and times get their masks. Other numbers become <c>&lt;KIND_B&gt;</c> where KIND is
/// <c>NUM</c>, <c>MONEY</c>, <c>PERCENT</c> or <c>ORDINAL</c> (same precedence as masks) and B is
/// <c>0</c> for a zero value, else an optional <c>neg</c> for a negative value followed by <c>1e</c><i>k</i> when
/// <see cref="NumberOptions.BucketBase"/> is 10, or <i>base</i><c>pow</c><i>k</i> otherwise (letters, not <c>-</c> or <c>^</c>, so that
/// the output tokenizes again as one word and never as a number: cleaning twice changes nothing), with <i>k</i> the integer such that
/// <c>base^k ≤ |value| &lt; base^(k+1)</c>: <c>1,234.56</c> → <c>&lt;NUM_1e3&gt;</c>, <c>5</c> → <c>&lt;NUM_1e0&gt;</c>,
/// <c>0.05</c> → <c>&lt;NUM_1e-2&gt;</c>, <c>-250</c> → <c>&lt;NUM_neg1e2&gt;</c>, <c>$1,200</c> → <c>&lt;MONEY_1e3&gt;</c>,
/// <c>3.5%</c> → <c>&lt;PERCENT_1e0&gt;</c> (the number as written, not divided by 100), <c>2nd</c> → <c>&lt;ORDINAL_1e0&gt;</c>,
/// and in base 2, <c>1024</c> → <c>&lt;NUM_2pow10&gt;</c>. A token whose value cannot be read gets its mask.</para>
/// <para><b>Parsing for Bucket</b> (invariant, never culture-dependent). The digits are the decimal digits of any script; the
/// number runs from the first digit to the last. Before it, a <c>-</c> or <c>−</c> (U+2212) makes the value negative; anything
/// else around it (currency signs, <c>+</c>, <c>%</c>, <c>‰</c>, ordinal suffixes) is ignored. Inside it, only separators may
/// stand between digits, one at a time: spaces (U+0020, U+00A0, U+2009, U+202F), apostrophes (<c>'</c>, <c>’</c>) and the
/// Arabic thousands separator (U+066C) always group digits; the Arabic decimal separator (U+066B) is always decimal. When both
/// <c>,</c> and <c>.</c> occur, the last one is the decimal separator and must occur once (<c>1,234.56</c>, <c>1.234,56</c>).
/// When only one of them occurs several times it groups digits (<c>1,234,567</c>, <c>1.234.567</c>). When it occurs once, it is a
/// thousands separator if it has 1–3 digits (not all zero) before it and exactly 3 after it and it is a <c>,</c> — or a
/// <c>.</c> in money; otherwise it is the decimal separator (<c>1,234</c> = 1234, <c>3,5</c> = 3.5, <c>0,125</c> = 0.125,
/// <c>1.234</c> = 1.234, <c>€1.200</c> = 1200). A fraction (<see cref="TokenFlags.Fraction"/>) is the quotient of its two parts
/// (<c>1/2</c> → <c>&lt;NUM_1e-1&gt;</c>); a zero denominator gives <c>&lt;NUM&gt;</c>.</para>
/// <para><b>Remove</b> writes nothing; the caller keeps neighbouring words apart.</para>
/// </remarks>
public static class NumberNormalizer
{
    private const int MaxBucketLength = 64;

    /// <summary>
    /// Writes what to emit for the number token <paramref name="token"/> with flags <paramref name="flags"/> into
    /// <paramref name="destination"/>. Writes nothing for <see cref="NumberPolicy.Remove"/> and <see cref="PhonePolicy.Remove"/>.
    /// Allocates nothing.
    /// </summary>
    /// <param name="token">The token's text (see <see cref="Token.GetText(ReadOnlySpan{char})"/>).</param>
    /// <param name="flags">The token's flags (see <see cref="Token.Flags"/>).</param>
    /// <param name="options">What to do.</param>
    /// <param name="destination">Where to write. Never longer than <c>Math.Max(token.Length, 64)</c> is needed.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the method returns false.</param>
    /// <returns>False, with nothing written, when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A policy in <paramref name="options"/> is not a defined value.</exception>
    public static bool TryNormalize(
        ReadOnlySpan<char> token, TokenFlags flags, NumberOptions options, Span<char> destination, out int charsWritten)
    {
        ArgumentNullException.ThrowIfNull(options);
        if ((flags & TokenFlags.Phone) != 0)
        {
            return options.Phones switch
            {
                PhonePolicy.Keep => TryCopy(token, destination, out charsWritten),
                PhonePolicy.Mask => TryCopy(NumberOptions.PhoneMask, destination, out charsWritten),
                PhonePolicy.Remove => Nothing(out charsWritten),
                _ => throw new ArgumentOutOfRangeException(nameof(options), "Unknown phone policy."),
            };
        }

        return options.Policy switch
        {
            NumberPolicy.Keep => TryCopy(token, destination, out charsWritten),
            NumberPolicy.Mask => TryCopy(MaskOf(flags), destination, out charsWritten),
            NumberPolicy.Shape => TryShape(token, destination, out charsWritten),
            NumberPolicy.Bucket => TryBucket(token, flags, options.BucketBase, destination, out charsWritten),
            NumberPolicy.Remove => Nothing(out charsWritten),
            _ => throw new ArgumentOutOfRangeException(nameof(options), "Unknown number policy."),
        };
    }

    /// <summary>
    /// What to emit for the number token <paramref name="token"/> with flags <paramref name="flags"/>, as a string
    /// (masks and <see cref="string.Empty"/> are returned without allocating). See <see cref="TryNormalize"/>.
    /// </summary>
    /// <param name="token">The token's text.</param>
    /// <param name="flags">The token's flags.</param>
    /// <param name="options">What to do.</param>
    /// <returns>The replacement text; empty for Remove.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A policy in <paramref name="options"/> is not a defined value.</exception>
    public static string Normalize(ReadOnlySpan<char> token, TokenFlags flags, NumberOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        bool phone = (flags & TokenFlags.Phone) != 0;
        if (phone ? options.Phones == PhonePolicy.Keep : options.Policy == NumberPolicy.Keep)
        {
            return token.ToString();
        }

        if (phone ? options.Phones == PhonePolicy.Mask : options.Policy == NumberPolicy.Mask)
        {
            return phone ? NumberOptions.PhoneMask : MaskOf(flags);
        }

        if (phone ? options.Phones == PhonePolicy.Remove : options.Policy == NumberPolicy.Remove)
        {
            return string.Empty;
        }

        int size = Math.Max(token.Length, MaxBucketLength);
        Span<char> buffer = size <= 256 ? stackalloc char[size] : new char[size];
        _ = TryNormalize(token, flags, options, buffer, out int written);
        var result = buffer[..written];
        if (options.Policy == NumberPolicy.Bucket)
        {
            string mask = MaskOf(flags);
            if (result.SequenceEqual(mask))
            {
                return mask;
            }
        }

        return result.ToString();
    }

    private static string MaskOf(TokenFlags flags) =>
        (flags & TokenFlags.Date) != 0 ? NumberOptions.DateMask
        : (flags & TokenFlags.Time) != 0 ? NumberOptions.TimeMask
        : (flags & TokenFlags.Money) != 0 ? NumberOptions.MoneyMask
        : (flags & TokenFlags.Percent) != 0 ? NumberOptions.PercentMask
        : (flags & TokenFlags.Ordinal) != 0 ? NumberOptions.OrdinalMask
        : NumberOptions.NumberMask;

    private static bool Nothing(out int charsWritten)
    {
        charsWritten = 0;
        return true;
    }

    private static bool TryCopy(ReadOnlySpan<char> text, Span<char> destination, out int charsWritten)
    {
        if (!text.TryCopyTo(destination))
        {
            charsWritten = 0;
            return false;
        }

        charsWritten = text.Length;
        return true;
    }

    private static bool TryShape(ReadOnlySpan<char> token, Span<char> destination, out int charsWritten)
    {
        // First measure (a digit outside the BMP is two code units and becomes one '0'), so nothing is written on failure.
        int length = 0;
        for (int i = 0; i < token.Length;)
        {
            int n = NextIsDigit(token, i, out bool isDigit);
            length += isDigit ? 1 : n;
            i += n;
        }

        charsWritten = 0;
        if (length > destination.Length)
        {
            return false;
        }

        int written = 0;
        for (int i = 0; i < token.Length;)
        {
            int n = NextIsDigit(token, i, out bool isDigit);
            if (isDigit)
            {
                destination[written++] = '0';
            }
            else
            {
                token.Slice(i, n).CopyTo(destination[written..]);
                written += n;
            }

            i += n;
        }

        charsWritten = written;
        return true;
    }

    private static int NextIsDigit(ReadOnlySpan<char> text, int index, out bool isDigit)
    {
        char c = text[index];
        if (!char.IsSurrogate(c))
        {
            isDigit = char.IsDigit(c);
            return 1;
        }

        if (Rune.DecodeFromUtf16(text[index..], out var rune, out int consumed) == System.Buffers.OperationStatus.Done)
        {
            isDigit = Rune.IsDigit(rune);
            return consumed;
        }

        isDigit = false;
        return 1;
    }

    private static bool TryBucket(
        ReadOnlySpan<char> token, TokenFlags flags, int numberBase, Span<char> destination, out int charsWritten)
    {
        if ((flags & (TokenFlags.Date | TokenFlags.Time)) != 0)
        {
            return TryCopy(MaskOf(flags), destination, out charsWritten);
        }

        bool money = (flags & TokenFlags.Money) != 0;
        if (!NumberValue.TryParse(token, money, (flags & TokenFlags.Fraction) != 0, out var value))
        {
            return TryCopy(MaskOf(flags), destination, out charsWritten);
        }

        int exponent = 0;
        if (!value.IsZero && !value.TryGetExponent(numberBase, out exponent))
        {
            return TryCopy(MaskOf(flags), destination, out charsWritten);
        }

        string kind = money ? "MONEY"
            : (flags & TokenFlags.Percent) != 0 ? "PERCENT"
            : (flags & TokenFlags.Ordinal) != 0 ? "ORDINAL"
            : "NUM";

        Span<char> scratch = stackalloc char[MaxBucketLength];
        int n = 0;
        scratch[n++] = '<';
        kind.CopyTo(scratch[n..]);
        n += kind.Length;
        scratch[n++] = '_';
        if (value.IsZero)
        {
            scratch[n++] = '0';
        }
        else
        {
            if (value.Negative)
            {
                // "neg", not "-": "<NUM_-1e2>" would tokenize again with a number "-1" in it; "<NUM_neg1e2>" stays one word.
                "neg".CopyTo(scratch[n..]);
                n += 3;
            }

            if (numberBase == 10)
            {
                scratch[n++] = '1';
                scratch[n++] = 'e';
            }
            else
            {
                _ = numberBase.TryFormat(scratch[n..], out int baseLength, default, CultureInfo.InvariantCulture);
                n += baseLength;
                "pow".CopyTo(scratch[n..]);
                n += 3;
            }

            _ = exponent.TryFormat(scratch[n..], out int exponentLength, default, CultureInfo.InvariantCulture);
            n += exponentLength;
        }

        scratch[n++] = '>';
        return TryCopy(scratch[..n], destination, out charsWritten);
    }
}
