using System.Text;

namespace TextClean.Normalizers.Numbers;

/// <summary>
/// The value of a number token, read for <see cref="NumberPolicy.Bucket"/>: its sign, its magnitude and, when known exactly from
/// the digits, <c>floor(log10(magnitude))</c>. See <see cref="NumberNormalizer"/> for the parsing rules.
/// </summary>
internal readonly struct NumberValue
{
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    private const int MaxSignificantDigits = 18;

    private NumberValue(bool isZero, bool negative, double magnitude, int decimalExponent, bool exactDecimalExponent)
    {
        IsZero = isZero;
        Negative = negative;
        Magnitude = magnitude;
        DecimalExponent = decimalExponent;
        ExactDecimalExponent = exactDecimalExponent;
    }

    /// <summary>True for a value below zero (a zero is never negative).</summary>
    public bool Negative { get; }

    /// <summary>The absolute value (may be infinite, or 0 for a value that is not zero, for absurdly long digit runs).</summary>
    public double Magnitude { get; }

    /// <summary><c>floor(log10(Magnitude))</c> counted from the digits; meaningful only when <see cref="ExactDecimalExponent"/>.</summary>
    public int DecimalExponent { get; }

    /// <summary>True when <see cref="DecimalExponent"/> was counted from the digits rather than computed.</summary>
    public bool ExactDecimalExponent { get; }

    /// <summary>True for a zero value (all digits are 0).</summary>
    public bool IsZero { get; }

    /// <summary>
    /// The bucket of the value in base <paramref name="numberBase"/>: the <c>k</c> with <c>base^k ≤ |v| &lt; base^(k+1)</c>.
    /// False for zero and for magnitudes too large to compute.
    /// </summary>
    public bool TryGetExponent(int numberBase, out int exponent)
    {
        if (IsZero)
        {
            exponent = 0;
            return false;
        }

        if (numberBase == 10 && ExactDecimalExponent)
        {
            exponent = DecimalExponent;
            return true;
        }

        return TryFloorLog(Magnitude, numberBase, out exponent);
    }

    /// <summary>Reads the value of a number token; false when the token has no readable value.</summary>
    public static bool TryParse(ReadOnlySpan<char> token, bool money, bool fraction, out NumberValue value)
    {
        if (fraction)
        {
            int slash = token.IndexOfAny('/', '\u2044', '\u2215');
            if (slash > 0)
            {
                if (!TryParsePlain(token[..slash], money, out var numerator)
                    || !TryParsePlain(token[(slash + 1)..], money, out var denominator)
                    || denominator.IsZero)
                {
                    value = default;
                    return false;
                }

                double magnitude = numerator.Magnitude / denominator.Magnitude;
                bool isZero = numerator.IsZero;
                bool negative = !isZero && (numerator.Negative ^ denominator.Negative);
                _ = TryFloorLog(magnitude, 10, out int exponent);
                value = new NumberValue(isZero, negative, magnitude, exponent, exactDecimalExponent: false);
                return true;
            }
        }

        return TryParsePlain(token, money, out value);
    }

    private static bool TryParsePlain(ReadOnlySpan<char> text, bool money, out NumberValue value)
    {
        value = default;

        // The body runs from the first to the last decimal digit; what is around it (sign, currency, %, ordinal suffix) is ignored
        // except for a minus sign before the body.
        int first = -1;
        int last = -1;
        for (int i = 0; i < text.Length;)
        {
            int n = Next(text, i, out bool isDigit, out _);
            if (isDigit)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i + n;
            }

            i += n;
        }

        if (first < 0)
        {
            return false;
        }

        bool negative = text[..first].IndexOfAny('-', '\u2212') >= 0;
        var body = text[first..last];

        int commas = 0, dots = 0, arabicDecimals = 0;
        int lastComma = -1, lastDot = -1, arabicDecimal = -1;
        bool previousWasSeparator = false;
        for (int i = 0; i < body.Length;)
        {
            int n = Next(body, i, out bool isDigit, out _);
            if (isDigit)
            {
                previousWasSeparator = false;
                i += n;
                continue;
            }

            if (previousWasSeparator)
            {
                return false;
            }

            previousWasSeparator = true;
            switch (body[i])
            {
                case ',':
                    commas++;
                    lastComma = i;
                    break;
                case '.':
                    dots++;
                    lastDot = i;
                    break;
                case '\u066B':
                    arabicDecimals++;
                    arabicDecimal = i;
                    break;
                case ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'' or '\u2019' or '\u066C':
                    break;
                default:
                    return false;
            }

            i += n;
        }

        int decimalAt = -1;
        if (arabicDecimals > 1)
        {
            return false;
        }
        else if (arabicDecimals == 1)
        {
            decimalAt = arabicDecimal;
        }
        else if (commas > 0 && dots > 0)
        {
            if (lastDot > lastComma)
            {
                if (dots > 1)
                {
                    return false;
                }

                decimalAt = lastDot;
            }
            else
            {
                if (commas > 1)
                {
                    return false;
                }

                decimalAt = lastComma;
            }
        }
        else if (commas == 1 || dots == 1)
        {
            int at = commas == 1 ? lastComma : lastDot;
            if (!(body[at] == ',' || money) || !LooksLikeThousands(body, at))
            {
                decimalAt = at;
            }
        }

        long significand = 0;
        int significantDigits = 0;
        int integerDigits = 0;
        int leadingFractionZeros = 0;
        bool seenNonZero = false;
        bool inFraction = false;
        for (int i = 0; i < body.Length;)
        {
            int n = Next(body, i, out bool isDigit, out int digit);
            if (i == decimalAt)
            {
                inFraction = true;
            }
            else if (isDigit)
            {
                if (!seenNonZero && digit == 0)
                {
                    if (inFraction)
                    {
                        leadingFractionZeros++;
                    }
                }
                else
                {
                    seenNonZero = true;
                    if (!inFraction)
                    {
                        integerDigits++;
                    }

                    if (significantDigits < MaxSignificantDigits)
                    {
                        significand = (significand * 10) + digit;
                        significantDigits++;
                    }
                }
            }

            i += n;
        }

        if (!seenNonZero)
        {
            value = new NumberValue(isZero: true, negative: false, 0, 0, exactDecimalExponent: true);
            return true;
        }

        int decimalExponent = integerDigits > 0 ? integerDigits - 1 : -(leadingFractionZeros + 1);
        int scale = decimalExponent - significantDigits + 1;
        double magnitude = scale >= 0 ? significand * PowerOfTen(scale) : significand / PowerOfTen(-scale);
        value = new NumberValue(isZero: false, negative, magnitude, decimalExponent, exactDecimalExponent: true);
        return true;
    }

    // A single ',' (or, in money, '.') is a thousands separator when 1-3 digits that are not all zero come before it (since the
    // previous separator) and exactly 3 digits after it (up to the next separator): "1,234", "€1.200"; else it is the decimal
    // separator: "3,5", "0,125", "1.5", "1.234" (a plain number follows the invariant convention: '.' is decimal).
    private static bool LooksLikeThousands(ReadOnlySpan<char> body, int at)
    {
        int before = 0;
        bool allZero = true;
        for (int i = 0; i < at;)
        {
            int n = Next(body, i, out bool isDigit, out int digit);
            if (isDigit)
            {
                before++;
                allZero &= digit == 0;
            }
            else
            {
                before = 0;
                allZero = true;
            }

            i += n;
        }

        int after = 0;
        for (int i = at + 1; i < body.Length;)
        {
            int n = Next(body, i, out bool isDigit, out _);
            if (!isDigit)
            {
                break;
            }

            after++;
            i += n;
        }

        return before is >= 1 and <= 3 && !allZero && after == 3;
    }

    private static int Next(ReadOnlySpan<char> text, int index, out bool isDigit, out int digit)
    {
        if (Rune.DecodeFromUtf16(text[index..], out var rune, out int consumed) == System.Buffers.OperationStatus.Done
            && Rune.IsDigit(rune))
        {
            isDigit = true;
            digit = (int)Rune.GetNumericValue(rune);
            return consumed;
        }

        isDigit = false;
        digit = 0;
        return Math.Max(consumed, 1);
    }

    private static double PowerOfTen(int exponent) =>
        exponent < PowersOfTen.Length ? PowersOfTen[exponent] : Math.Pow(10, exponent);

    private static bool TryFloorLog(double value, int numberBase, out int exponent)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            exponent = 0;
            return false;
        }

        exponent = (int)Math.Floor(Math.Log(value) / Math.Log(numberBase));
        while (exponent > int.MinValue && Math.Pow(numberBase, exponent) > value)
        {
            exponent--;
        }

        while (exponent < int.MaxValue && Math.Pow(numberBase, exponent + 1) <= value)
        {
            exponent++;
        }

        return true;
    }
}
