using System.Buffers;
using System.Globalization;
using System.Text;
using TextClean.Text;

namespace TextClean.Normalizers.Unicode;

/// <summary>
/// Repairs mojibake: UTF-8 text that was decoded as Windows-1252 (or Latin-1) somewhere on its way, such as
/// <c>donâ€™t</c> for <c>don’t</c>, <c>cafÃ©</c> for <c>café</c> or <c>ðŸ˜‰</c> for <c>😉</c>, including text that went
/// through that mistake twice (<c>cafÃƒÂ©</c>). Legitimate Latin-1 text (<c>NESTLÉ®</c>, <c>São Paulo</c>, a lone
/// <c>Ã</c>) is left alone.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> Every Windows-1252 byte has one character: the ASCII range, the Latin-1 characters
/// U+00A0–U+00FF, the 27 punctuation characters Windows-1252 puts at 0x80–0x9F (<c>€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” •
/// – — ˜ ™ š › œ ž Ÿ</c>), and the C1 controls U+0080–U+009F (what Latin-1 decoders, and Windows-1252 decoders for the
/// five bytes it leaves undefined, produce). A <em>run</em> is a maximal stretch of non-ASCII characters that all
/// have such a byte. Each run that contains a UTF-8 lead byte (U+00C2–U+00F4) is re-encoded to bytes and read as
/// UTF-8. The run is a repair candidate when it has this shape:</para>
/// <list type="bullet">
/// <item>every lead byte (0xC2–0xF4) in it starts a complete, well-formed UTF-8 sequence (no truncated sequence, no
/// overlong form, no surrogate, nothing above U+10FFFF): <c>Ã</c> followed by <c>o</c> in <c>São</c> rejects the run;</item>
/// <item>the sequences are contiguous; characters that cannot start a sequence (continuation bytes such as <c>»</c>,
/// <c>©</c>, <c>’</c>, or the never-valid bytes <c>À Á õ–ÿ</c>) may only stand before the first or after the last
/// sequence, and are kept as they are (<c>«cafÃ©»</c> becomes <c>«café»</c>);</item>
/// <item>every decoded code point is assigned in Unicode (no noncharacters), and is not a control character unless
/// the characters of its own sequence include a C1 control (Latin-1 double encoding: <c>Â</c> + U+0080 → U+0080).</item>
/// </list>
/// <para><b>Plausibility rule.</b> A candidate with two or more sequences (<c>Ã¼Ã¶</c>, <c>ÐŸÑ€Ð¸</c>,
/// <c>ÃƒÂ©</c>) or with a sequence of three or four bytes whose result is not a letter (<c>â€™</c> → <c>’</c>,
/// <c>ðŸ˜‰</c> → <c>😉</c>, <c>ï»¿</c> → BOM) is repaired: legitimate text essentially never holds such chains.
/// A candidate that is a single sequence is weak evidence, because an accented capital (bytes 0xC2–0xDF are
/// <c>Â</c>…<c>ß</c>) or accented small letter (0xE0–0xEF are <c>à</c>…<c>ï</c>) followed by a symbol is ordinary
/// text. It is repaired only when the result fits its neighbours — the characters just before (<c>p</c>) and after
/// (<c>n</c>) the sequence:</para>
/// <list type="number">
/// <item><c>Â</c> + symbol (result U+00A0–U+00BF: NBSP, <c>©</c>, <c>®</c>, <c>°</c>, <c>£</c> ...): always repaired
/// (<c>ACMEÂ®</c> → <c>ACME®</c>, <c>20Â°C</c> → <c>20°C</c>); no language ends words in <c>Â</c> before a symbol.</item>
/// <item>Any other two-byte sequence is kept when <c>p</c> is an upper-case letter and <c>n</c> is not a letter:
/// that is the shape of a capitalised word ending in an accented capital followed by a symbol — <c>NESTLÉ®</c>,
/// <c>IRMÃ»</c>, <c>COSÌ…</c>, <c>AMANHÃ…</c>. (The price: an all-capitals word whose <em>last</em> letter was
/// mangled, <c>ANDRÃ‰</c>, stays as it is.)</item>
/// <item>Result U+00C0–U+024F (Latin letters and <c>× ÷</c>, leads <c>Ã Ä Å Æ Ç È É</c>): repaired
/// (<c>cafÃ©</c>, <c>MÃ¼nchen</c>, <c>Å‚</c> → <c>ł</c>, <c>È™</c> → <c>ș</c>).</item>
/// <item>Result U+0250–U+02FF (IPA, spacing modifier letters): kept; that is what an accented capital before a
/// symbol decodes to (<c>É®</c> → <c>ɮ</c>, <c>Ë†</c> → <c>ˆ</c>) and real text hardly uses them.</item>
/// <item>Result U+0300–U+036F (combining marks): repaired only after a letter (decomposed text:
/// <c>e</c> + <c>Ì</c> + U+0081 → <c>e</c> + U+0301).</item>
/// <item>Result U+0370–U+07FF (Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana, NKo): repaired only when
/// it is a letter or mark standing alone, with neither <c>p</c> nor <c>n</c> a letter or digit (the one-letter
/// Russian word <c>Ð²</c> → <c>в</c>); glued to a word it is an accented capital plus symbol (<c>2×”</c>,
/// <c>Fuß“</c>).</item>
/// <item>Three- or four-byte sequence whose result is a letter or mark of a non-Latin script (CJK, Hangul, ...):
/// kept when <c>p</c> or <c>n</c> is a Latin letter or a digit (French <c>mangé…»</c> would decode to the CJK
/// ideograph U+917B); private-use results are always kept. Latin results (U+1E00–U+1EFF and the other Latin
/// blocks, e.g. Vietnamese <c>Viá»‡t</c> → <c>Việt</c>) are repaired.</item>
/// </list>
/// <para><b>Repetition.</b> The repaired text of a run is examined again (with the same outer neighbours) until
/// nothing changes, which undoes double and triple encoding. Every accepted pass makes the run strictly shorter, so
/// this ends, and because the result is a fixed point, <c>Repair(Repair(x)) == Repair(x)</c>.</para>
/// <para><b>Cost.</b> Text without a character in U+00C2–U+00F4 is rejected by one vectorized
/// <see cref="SearchValues{T}"/> search and returned as is;
/// text whose candidates are all rejected is also returned without allocating. Nothing throws on
/// malformed UTF-16 (lone surrogates and NUL are ordinary non-run characters).</para>
/// </remarks>
public static class MojibakeRepair
{
    /// <summary>The <see cref="TextEdit.Reason"/> of the edits this pass reports.</summary>
    public const string Reason = "mojibake";

    /// <summary>The characters of the UTF-8 lead bytes 0xC2–0xF4 (<c>Â</c>…<c>ô</c>): every repair needs one.</summary>
    private static readonly SearchValues<char> LeadBytes = SearchValues.Create(
        "\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF" +
        "\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF" +
        "\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF" +
        "\u00F0\u00F1\u00F2\u00F3\u00F4");

    /// <summary>
    /// Repairs the mojibake in <paramref name="text"/>.
    /// </summary>
    /// <param name="text">The text to repair.</param>
    /// <param name="edits">
    /// When given, receives one <see cref="TextEdit"/> (reason <c>"mojibake"</c>) per repaired run, in order,
    /// with offsets into <paramref name="text"/>, trimmed to the characters that actually change.
    /// </param>
    /// <returns>The repaired text; <paramref name="text"/> itself when nothing was repaired.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Repair(string text, List<TextEdit>? edits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<char> span = text;
        StringBuilder? builder = null;
        int copied = 0;
        int from = 0;
        while (NextRun(span, from, out int start, out int end))
        {
            from = end;
            if (!IsRepairable(span, start, end, '\0', '\0'))
            {
                continue;
            }

            char before = start > 0 ? span[start - 1] : '\0';
            char after = end < span.Length ? span[end] : '\0';
            string repaired = Decode(span, start, end);
            while (RepairOnce(repaired, before, after) is { } again)
            {
                repaired = again;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(span[copied..start]).Append(repaired);
            copied = end;

            if (edits is not null)
            {
                var original = span[start..end];
                int prefix = original.CommonPrefixLength(repaired);
                int suffix = 0;
                while (suffix < original.Length - prefix && suffix < repaired.Length - prefix
                       && original[original.Length - 1 - suffix] == repaired[repaired.Length - 1 - suffix])
                {
                    suffix++;
                }

                edits.Add(new TextEdit(
                    start + prefix,
                    original.Length - prefix - suffix,
                    repaired.Substring(prefix, repaired.Length - prefix - suffix),
                    Reason));
            }
        }

        return builder is null ? text : builder.Append(span[copied..]).ToString();
    }

    /// <summary>
    /// Tells whether <see cref="Repair"/> would change <paramref name="text"/>, i.e. whether it holds at least one
    /// run of Windows-1252/Latin-1 characters that passes the shape and plausibility rules. Does not allocate.
    /// </summary>
    /// <param name="text">The text to examine.</param>
    /// <returns><see langword="true"/> when the text contains repairable mojibake.</returns>
    public static bool LooksLikeMojibake(ReadOnlySpan<char> text)
    {
        int from = 0;
        while (NextRun(text, from, out int start, out int end))
        {
            if (IsRepairable(text, start, end, '\0', '\0'))
            {
                return true;
            }

            from = end;
        }

        return false;
    }

    /// <summary>One pass over a run's repaired text (its sub-runs, with the run's outer neighbours); null when unchanged.</summary>
    private static string? RepairOnce(string text, char outerBefore, char outerAfter)
    {
        ReadOnlySpan<char> span = text;
        StringBuilder? builder = null;
        int copied = 0;
        int from = 0;
        while (NextRun(span, from, out int start, out int end))
        {
            from = end;
            if (!IsRepairable(span, start, end, outerBefore, outerAfter))
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(span[copied..start]);
            AppendDecoded(span, start, end, builder);
            copied = end;
        }

        return builder?.Append(span[copied..]).ToString();
    }

    /// <summary>Finds the next run (at or after <paramref name="from"/>) that contains a lead byte.</summary>
    private static bool NextRun(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        start = end = 0;
        if (from >= text.Length)
        {
            return false;
        }

        int found = text[from..].IndexOfAny(LeadBytes);
        if (found < 0)
        {
            return false;
        }

        int lead = from + found;
        start = lead;
        while (start > from && IsRunChar(text[start - 1]))
        {
            start--;
        }

        end = lead + 1;
        while (end < text.Length && IsRunChar(text[end]))
        {
            end++;
        }

        return true;
    }

    /// <summary>Shape check plus plausibility rule for the run <c>text[start..end)</c>; see the type remarks.</summary>
    private static bool IsRepairable(ReadOnlySpan<char> text, int start, int end, char outerBefore, char outerAfter)
    {
        int sequences = 0;
        int firstStart = 0;
        int firstLength = 0;
        int firstScalar = 0;
        int lastEnd = -1;
        int i = start;
        while (i < end)
        {
            int b = ToByte(text[i]);
            if (b is < 0xC2 or > 0xF4)
            {
                i++;
                continue;
            }

            int length = DecodeAt(text, i, end, out int scalar);
            if (length == 0 || (sequences > 0 && i != lastEnd) || !IsAcceptableScalar(scalar, text.Slice(i, length)))
            {
                return false;
            }

            if (sequences == 0)
            {
                firstStart = i;
                firstLength = length;
                firstScalar = scalar;
            }

            sequences++;
            lastEnd = i + length;
            i = lastEnd;
        }

        if (sequences == 0)
        {
            return false;
        }

        if (sequences > 1)
        {
            return true;
        }

        char before = firstStart > 0 ? text[firstStart - 1] : outerBefore;
        char after = lastEnd < text.Length ? text[lastEnd] : outerAfter;
        return IsPlausibleSingle(firstScalar, firstLength, ToByte(text[firstStart]), before, after);
    }

    /// <summary>The plausibility rule for a run holding exactly one UTF-8 sequence (numbered as in the remarks).</summary>
    private static bool IsPlausibleSingle(int scalar, int length, int lead, char before, char after)
    {
        if (length == 2)
        {
            if (lead == 0xC2)
            {
                return true; // 1
            }

            if (char.IsUpper(before) && !char.IsLetter(after))
            {
                return false; // 2
            }

            if (scalar < 0x250)
            {
                return true; // 3
            }

            if (scalar < 0x300)
            {
                return false; // 4
            }

            if (scalar < 0x370)
            {
                return char.IsLetter(before); // 5
            }

            return IsLetterOrMark(CharUnicodeInfo.GetUnicodeCategory(scalar))
                   && !char.IsLetterOrDigit(before) && !char.IsLetterOrDigit(after); // 6
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(scalar);
        if (category == UnicodeCategory.PrivateUse)
        {
            return false; // 7
        }

        return !IsLetterOrMark(category) || IsLatinScalar(scalar)
               || (!IsLatinLetterOrDigit(before) && !IsLatinLetterOrDigit(after)); // 7
    }

    private static bool IsAcceptableScalar(int scalar, ReadOnlySpan<char> source)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(scalar);
        return category switch
        {
            UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate => false,
            UnicodeCategory.Control => ContainsC1Control(source),
            _ => true,
        };
    }

    private static bool ContainsC1Control(ReadOnlySpan<char> source)
    {
        foreach (char c in source)
        {
            if (c is >= '\u0080' and <= '\u009F')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLetterOrMark(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        or UnicodeCategory.EnclosingMark;

    /// <summary>Latin blocks reachable by three-byte sequences: Latin Extended Additional, -C, -D, -E, ligatures, fullwidth.</summary>
    private static bool IsLatinScalar(int scalar) => scalar is (>= 0x1E00 and <= 0x1EFF) or (>= 0x2C60 and <= 0x2C7F)
        or (>= 0xA720 and <= 0xA7FF) or (>= 0xAB30 and <= 0xAB6F) or (>= 0xFB00 and <= 0xFB06)
        or (>= 0xFF21 and <= 0xFF3A) or (>= 0xFF41 and <= 0xFF5A);

    private static bool IsLatinLetterOrDigit(char c) => c < 0x80
        ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetter(c) && (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF');

    /// <summary>
    /// Reads one well-formed UTF-8 sequence whose lead byte is at <paramref name="index"/>, staying before
    /// <paramref name="end"/>; returns its length in bytes (= characters), or 0 when it is truncated or malformed.
    /// </summary>
    private static int DecodeAt(ReadOnlySpan<char> text, int index, int end, out int scalar)
    {
        int lead = ToByte(text[index]);
        int length;
        int min = 0x80;
        int max = 0xBF;
        if (lead <= 0xDF)
        {
            length = 2;
            scalar = lead & 0x1F;
        }
        else if (lead <= 0xEF)
        {
            length = 3;
            scalar = lead & 0x0F;
            if (lead == 0xE0)
            {
                min = 0xA0; // overlong
            }
            else if (lead == 0xED)
            {
                max = 0x9F; // surrogates
            }
        }
        else
        {
            length = 4;
            scalar = lead & 0x07;
            if (lead == 0xF0)
            {
                min = 0x90; // overlong
            }
            else if (lead == 0xF4)
            {
                max = 0x8F; // above U+10FFFF
            }
        }

        if (index + length > end)
        {
            scalar = 0;
            return 0;
        }

        for (int k = 1; k < length; k++)
        {
            int b = ToByte(text[index + k]);
            if (b < min || b > max)
            {
                scalar = 0;
                return 0;
            }

            min = 0x80;
            max = 0xBF;
            scalar = (scalar << 6) | (b & 0x3F);
        }

        return length;
    }

    private static string Decode(ReadOnlySpan<char> text, int start, int end)
    {
        var builder = new StringBuilder(end - start);
        AppendDecoded(text, start, end, builder);
        return builder.ToString();
    }

    /// <summary>Appends the run with its UTF-8 sequences decoded and its edge characters kept (the run is repairable).</summary>
    private static void AppendDecoded(ReadOnlySpan<char> text, int start, int end, StringBuilder builder)
    {
        int i = start;
        while (i < end)
        {
            int b = ToByte(text[i]);
            int scalar = 0;
            int length = b is >= 0xC2 and <= 0xF4 ? DecodeAt(text, i, end, out scalar) : 0;
            if (length == 0)
            {
                builder.Append(text[i]);
                i++;
                continue;
            }

            if (scalar < 0x10000)
            {
                builder.Append((char)scalar);
            }
            else
            {
                builder.Append((char)(0xD7C0 + (scalar >> 10))).Append((char)(0xDC00 | (scalar & 0x3FF)));
            }

            i += length;
        }
    }

    /// <summary>Whether <paramref name="c"/> is a non-ASCII character with a Windows-1252 or Latin-1 byte.</summary>
    private static bool IsRunChar(char c) => c >= '\u0080' && ToByte(c) >= 0;

    /// <summary>The byte Windows-1252 (or, for U+0080–U+009F, Latin-1) encodes <paramref name="c"/> as; -1 when none.</summary>
    private static int ToByte(char c) => c <= '\u00FF' ? c : c switch
    {
        '\u20AC' => 0x80,
        '\u201A' => 0x82,
        '\u0192' => 0x83,
        '\u201E' => 0x84,
        '\u2026' => 0x85,
        '\u2020' => 0x86,
        '\u2021' => 0x87,
        '\u02C6' => 0x88,
        '\u2030' => 0x89,
        '\u0160' => 0x8A,
        '\u2039' => 0x8B,
        '\u0152' => 0x8C,
        '\u017D' => 0x8E,
        '\u2018' => 0x91,
        '\u2019' => 0x92,
        '\u201C' => 0x93,
        '\u201D' => 0x94,
        '\u2022' => 0x95,
        '\u2013' => 0x96,
        '\u2014' => 0x97,
        '\u02DC' => 0x98,
        '\u2122' => 0x99,
        '\u0161' => 0x9A,
        '\u203A' => 0x9B,
        '\u0153' => 0x9C,
        '\u017E' => 0x9E,
        '\u0178' => 0x9F,
        _ => -1,
    };
}
