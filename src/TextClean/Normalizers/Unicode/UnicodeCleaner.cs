using System.Buffers;
using System.Globalization;
using System.Text;
using TextClean.Normalizers.Html;
using TextClean.Text;
using TextClean.Unicode;

namespace TextClean.Normalizers.Unicode;

/// <summary>
/// Normalizes text to NFC (or NFKC) and removes control characters and invisible format characters, keeping the
/// invisible characters that do something: the joiners of emoji and of scripts that need them, and the variation
/// selectors and tags of emoji.
/// </summary>
/// <remarks>
/// <para><b>Controls</b> (reason <c>"control"</c>): U+0000–U+001F, U+007F and U+0080–U+009F are removed, except the
/// whitespace controls tab, LF, VT, FF, CR and U+0085 (NEL), which the whitespace pass turns into separators (removing
/// them here would glue words together).</para>
/// <para><b>Invisible characters</b> (reason <c>"invisible"</c>): the characters listed on
/// <see cref="UnicodeOptions.RemoveInvisible"/> are removed wherever they are. The others are removed only where they
/// do nothing:</para>
/// <list type="bullet">
/// <item>An emoji sequence, as <see cref="EmojiSequence.GetLength(ReadOnlySpan{char})"/> recognizes it scanning left to
/// right, is kept whole: the ZWJ of <c>👨‍👩‍👧</c>, the U+FE0F of <c>❤️</c> and <c>1️⃣</c>, the tags of <c>🏴󠁧󠁢󠁳󠁣󠁴󠁿</c>.</item>
/// <item>Outside emoji sequences, the variation selectors U+FE00–U+FE0F (so also a text-presentation U+FE0E, and a U+FE0F
/// after a letter) and the tag characters U+E0020–U+E007F are removed. The ideographic variation selectors
/// U+E0100–U+E01EF are marks of CJK text and are kept.</item>
/// <item>Outside emoji sequences, ZWJ U+200D and ZWNJ U+200C are kept when they join: both the code point before and
/// the code point after are letters or marks (general category L or M, not a variation selector) and neither belongs to
/// the Latin, Greek or Cyrillic blocks (below U+0530, U+1D00–U+1FFF, U+2C60–U+2C7F, U+A640–U+A69F, U+A720–U+A7FF,
/// U+AB30–U+AB6F, U+FB00–U+FB06, U+FF21–U+FF5A), whose words do not need them. So the ZWNJ of Persian
/// <c>می‌خواهم</c> and the ZWJ of Devanagari <c>क्‍ष</c> and Sinhala <c>ශ්‍රී</c> stay, while <c>V‍iagra</c> and
/// <c>Auf‌lage</c> lose theirs.</item>
/// </list>
/// <para><b>Normalization</b> (reason <c>"nfc"</c> or <c>"nfkc"</c>) runs after the removals, so that a removed character
/// no longer stands between a letter and its accent (<c>e</c> ZWSP U+0301 gives <c>é</c>). The text is cut before every
/// ASCII character (ASCII characters are never changed by normalization, never reorder and never compose with what
/// precedes them, so the cuts do not change the result) and each piece that contains non-ASCII text and is not already
/// normalized is normalized and reported as one edit trimmed to the characters that differ. A removal inside such an
/// edit is merged into it; removals outside stay separate edits.</para>
/// <para><b>Lone surrogates</b> are kept as they are (the tokenizer deals with them); since normalization is undefined
/// for them, the text is also cut at each lone surrogate and the pieces are normalized separately. The same holds
/// for the noncharacter U+FFFE (a byte-swapped BOM), which ICU refuses to normalize.</para>
/// <para><b>Idempotence.</b> Under NFKC a kept character can lose its reason to stay (<c>™</c> U+FE0F becomes <c>TM</c>
/// U+FE0F; a ZWJ before the Arabic presentation form U+FE70 ends up before a space), so the pass is repeated until
/// nothing changes (each repetition removes characters and normalization never creates removable ones, so this ends; in
/// practice a second round is a check that finds nothing). <c>Clean(Clean(x)) == Clean(x)</c>.</para>
/// <para><b>Cost.</b> Text made only of printable ASCII and whitespace controls is returned after one vectorized search;
/// text that needs no change is returned without allocating. Never throws on any string.</para>
/// </remarks>
public static class UnicodeCleaner
{
    /// <summary>The <see cref="TextEdit.Reason"/> of a removed control character.</summary>
    public const string ControlReason = "control";

    /// <summary>The <see cref="TextEdit.Reason"/> of a removed invisible format character.</summary>
    public const string InvisibleReason = "invisible";

    /// <summary>The <see cref="TextEdit.Reason"/> of an NFC normalization.</summary>
    public const string NfcReason = "nfc";

    /// <summary>The <see cref="TextEdit.Reason"/> of an NFKC normalization.</summary>
    public const string NfkcReason = "nfkc";

    /// <summary>Characters this pass never looks at: printable ASCII and the ASCII whitespace controls.</summary>
    private static readonly SearchValues<char> Ordinary = SearchValues.Create(
        "\t\n\v\f\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>The characters removed only outside emoji: ZWJ, variation selectors, the high surrogate of the tags.</summary>
    private static readonly SearchValues<char> EmojiParts = SearchValues.Create(
        "\u200D\uFE00\uFE01\uFE02\uFE03\uFE04\uFE05\uFE06\uFE07\uFE08\uFE09\uFE0A\uFE0B\uFE0C\uFE0D\uFE0E\uFE0F\uDB40");

    /// <summary>
    /// Returns <paramref name="text"/> normalized and without control and invisible characters (see the class remarks and
    /// <see cref="UnicodeOptions"/>). When <paramref name="edits"/> is given, appends the changes, in order and relative
    /// to <paramref name="text"/>, with the reasons "control", "invisible" and "nfc" or "nfkc";
    /// <c>TextEdit.Apply(text, edits)</c> gives the result.
    /// </summary>
    /// <param name="text">The text to clean.</param>
    /// <param name="options">What to normalize and remove; <see cref="UnicodeOptions.Default"/> when null.</param>
    /// <param name="edits">A list that receives the edits, or null.</param>
    /// <returns>The cleaned text (the same instance when nothing changed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Clean(string text, UnicodeOptions? options = null, List<TextEdit>? edits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= UnicodeOptions.Default;
        if (text.AsSpan().IndexOfAnyExcept(Ordinary) < 0)
        {
            return text;
        }

        bool report = edits is not null;
        List<TextEdit>? total = null;
        string current = Round(text, options, report, ref total);
        if (ReferenceEquals(current, text))
        {
            return text;
        }

        while (true)
        {
            List<TextEdit>? round = null;
            string next = Round(current, options, report, ref round);
            if (ReferenceEquals(next, current))
            {
                break;
            }

            if (total is not null && round is not null)
            {
                total = TextEdit.Compose(total, round, current);
            }

            current = next;
        }

        edits?.AddRange(total ?? []);
        return current;
    }

    /// <summary>
    /// One round: the removals, then normalization of what is left; the same instance when nothing changes. When
    /// <paramref name="report"/> is set and something changes, <paramref name="edits"/> receives a new list of the edits.
    /// </summary>
    private static string Round(string text, UnicodeOptions options, bool report, ref List<TextEdit>? edits)
    {
        List<TextEdit>? removals = null;
        string filtered = Remove(text, options, report, ref removals);
        string reason = options.Form == NormalizationForm.FormKC ? NfkcReason : NfcReason;
        List<TextEdit>? normalizations = null;
        string result = Normalize(filtered, options.Form, reason, report, ref normalizations);
        if (report && !ReferenceEquals(result, text))
        {
            edits = [];
            Merge(removals ?? [], normalizations ?? [], edits);
        }

        return result;
    }

    /// <summary>Removes controls and invisible characters; reports one edit per run of removals with the same reason.</summary>
    private static string Remove(string text, UnicodeOptions options, bool report, ref List<TextEdit>? edits)
    {
        if (!options.RemoveControls && !options.RemoveInvisible)
        {
            return text;
        }

        ReadOnlySpan<char> span = text;
        bool emojiParts = options.RemoveInvisible && span.IndexOfAny(EmojiParts) >= 0;
        StringBuilder? builder = null;
        int copied = 0;
        int emojiEnd = 0;
        int i = 0;
        while (i < span.Length)
        {
            int next = span[i..].IndexOfAnyExcept(Ordinary);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (emojiParts)
            {
                // A keycap starts with an ASCII digit, '#' or '*' that the search skipped.
                int start = i > emojiEnd && span[i - 1] is (>= '0' and <= '9') or '#' or '*' ? i - 1 : i;
                int length = span[i] >= '\u00A9' ? EmojiSequence.GetLength(span[start..]) : 0;
                if (length == 0 && start != i)
                {
                    length = EmojiSequence.GetLength(span[i..]);
                    start = i;
                }

                if (length > 0 && start + length > i)
                {
                    i = start + length;
                    emojiEnd = i;
                    continue;
                }
            }

            string? reason = Classify(span, i, options, out int width);
            if (reason is not null)
            {
                builder ??= new StringBuilder(text.Length);
                builder.Append(span[copied..i]);
                copied = i + width;
                if (report)
                {
                    edits ??= [];
                    if (edits.Count > 0 && edits[^1].End == i && edits[^1].Reason == reason)
                    {
                        edits[^1] = edits[^1] with { Length = edits[^1].Length + width };
                    }
                    else
                    {
                        edits.Add(new TextEdit(i, width, "", reason));
                    }
                }
            }

            i += width;
        }

        return builder is null ? text : builder.Append(span[copied..]).ToString();
    }

    /// <summary>Why the character at <paramref name="i"/> (not inside an emoji sequence) is removed, or null to keep it.</summary>
    private static string? Classify(ReadOnlySpan<char> span, int i, UnicodeOptions options, out int width)
    {
        width = 1;
        char c = span[i];
        if (c < '\u0020' || c is >= '\u007F' and <= '\u009F')
        {
            return options.RemoveControls && c is not ('\t' or '\n' or '\v' or '\f' or '\r' or '\u0085') ? ControlReason : null;
        }

        if (!options.RemoveInvisible)
        {
            return null;
        }

        switch (c)
        {
            case '\u00AD' or '\u061C' or '\u180E' or '\u200B' or '\u200E' or '\u200F' or '\uFEFF':
            case >= '\u202A' and <= '\u202E':
            case >= '\u2060' and <= '\u2064':
            case >= '\u2066' and <= '\u206F':
            case >= '\uFFF9' and <= '\uFFFB':
            case >= '\uFE00' and <= '\uFE0F':
                return InvisibleReason;
            case '\u200C' or '\u200D':
                return Joins(span, i) ? null : InvisibleReason;
            case '\uDB40' when i + 1 < span.Length && span[i + 1] is '\uDC01' or (>= '\uDC20' and <= '\uDC7F'):
                width = 2;
                return InvisibleReason;
            default:
                return null;
        }
    }

    /// <summary>Whether the joiner at <paramref name="i"/> stands between two letters or marks of a script that uses joiners.</summary>
    private static bool Joins(ReadOnlySpan<char> span, int i)
    {
        if (i == 0 || i + 1 >= span.Length)
        {
            return false;
        }

        int before = span[i - 1];
        if (char.IsLowSurrogate(span[i - 1]))
        {
            if (i < 2 || !char.IsHighSurrogate(span[i - 2]))
            {
                return false;
            }

            before = char.ConvertToUtf32(span[i - 2], span[i - 1]);
        }

        int after = span[i + 1];
        if (char.IsHighSurrogate(span[i + 1]))
        {
            if (i + 2 >= span.Length || !char.IsLowSurrogate(span[i + 2]))
            {
                return false;
            }

            after = char.ConvertToUtf32(span[i + 1], span[i + 2]);
        }

        return IsJoinable(before) && IsJoinable(after);
    }

    private static bool IsJoinable(int codePoint)
    {
        if (char.IsSurrogate((char)codePoint) && codePoint <= 0xFFFF)
        {
            return false;
        }

        if (codePoint is < 0x0530 or (>= 0x1D00 and <= 0x1FFF) or (>= 0x2C60 and <= 0x2C7F) or (>= 0xA640 and <= 0xA69F)
            or (>= 0xA720 and <= 0xA7FF) or (>= 0xAB30 and <= 0xAB6F) or (>= 0xFB00 and <= 0xFB06) or (>= 0xFF21 and <= 0xFF5A)
            or (>= 0xFE00 and <= 0xFE0F))
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
            _ => false,
        };
    }

    /// <summary>
    /// Normalizes the pieces of <paramref name="text"/> that need it. A piece starts at an ASCII character (or the start
    /// of the text, or after a lone surrogate or U+FFFE) and runs to the next ASCII character, lone surrogate or U+FFFE.
    /// </summary>
    private static string Normalize(string text, NormalizationForm form, string reason, bool report, ref List<TextEdit>? edits)
    {
        ReadOnlySpan<char> span = text;
        StringBuilder? builder = null;
        int copied = 0;
        int i = 0;
        while (i < span.Length)
        {
            int next = span[i..].IndexOfAnyExceptInRange('\0', '\u007F');
            if (next < 0)
            {
                break;
            }

            int runStart = i + next;
            int runEnd = span[runStart..].IndexOfAnyInRange('\0', '\u007F');
            runEnd = runEnd < 0 ? span.Length : runStart + runEnd;
            int pieceStart = runStart > 0 ? runStart - 1 : 0;
            int k = runStart;
            while (k < runEnd)
            {
                char c = span[k];
                if (char.IsHighSurrogate(c) && k + 1 < runEnd && char.IsLowSurrogate(span[k + 1]))
                {
                    k += 2;
                }
                else if (char.IsSurrogate(c) || c == '\uFFFE')
                {
                    NormalizePiece(text, pieceStart, k, form, reason, ref builder, ref copied, report, ref edits);
                    k++;
                    pieceStart = k;
                }
                else
                {
                    k++;
                }
            }

            NormalizePiece(text, pieceStart, runEnd, form, reason, ref builder, ref copied, report, ref edits);
            i = runEnd;
        }

        return builder is null ? text : builder.Append(span[copied..]).ToString();
    }

    private static void NormalizePiece(
        string text, int start, int end, NormalizationForm form, string reason, ref StringBuilder? builder, ref int copied, bool report, ref List<TextEdit>? edits)
    {
        var piece = text.AsSpan(start, end - start);
        string normalized;
        try
        {
            if (IsInert(piece, form == NormalizationForm.FormKC) || piece.IsNormalized(form))
            {
                return;
            }

            normalized = text.Substring(start, end - start).Normalize(form);
        }
        catch (ArgumentException)
        {
            return; // not expected without lone surrogates; the piece is kept as it is
        }

        int prefix = piece.CommonPrefixLength(normalized);
        int suffix = 0;
        while (suffix < piece.Length - prefix && suffix < normalized.Length - prefix
               && piece[piece.Length - 1 - suffix] == normalized[normalized.Length - 1 - suffix])
        {
            suffix++;
        }

        if (prefix == piece.Length && prefix == normalized.Length)
        {
            return;
        }

        builder ??= new StringBuilder(text.Length + 16);
        builder.Append(text, copied, start + prefix - copied).Append(normalized, prefix, normalized.Length - prefix - suffix);
        copied = end - suffix;
        if (report)
        {
            edits ??= [];
            edits.Add(new TextEdit(start + prefix, piece.Length - prefix - suffix, normalized[prefix..^suffix], reason));
        }
    }

    /// <summary>
    /// Whether every code point of <paramref name="piece"/> is known, without asking ICU (whose check allocates), to be
    /// left alone by the normalization: it has no decomposition (or, for NFC, a canonical one it is the composition of),
    /// combining class 0, and is never the second character of a composition, so any string of such characters is
    /// normalized. The ranges cover common scripts (Latin, Cyrillic, Arabic letters, Hebrew letters, CJK, kana, Hangul
    /// syllables), punctuation, symbols, emoji and their joiners and selectors; anything else is checked by ICU.
    /// </summary>
    private static bool IsInert(ReadOnlySpan<char> piece, bool compatibility)
    {
        for (int k = 0; k < piece.Length; k++)
        {
            int c = piece[k];
            if (char.IsHighSurrogate(piece[k]) && k + 1 < piece.Length && char.IsLowSurrogate(piece[k + 1]))
            {
                c = char.ConvertToUtf32(piece[k], piece[k + 1]);
                k++;
            }

            bool inert = c switch
            {
                < 0x80 => true,
                <= 0x02FF when !compatibility => true,
                (>= 0xC0 and <= 0x131) or (>= 0x134 and <= 0x13E) or (>= 0x141 and <= 0x148) or (>= 0x14A and <= 0x17E)
                    or (>= 0x180 and <= 0x1C3) or (>= 0x1CD and <= 0x1F0) or (>= 0x1F4 and <= 0x2AF) => true,
                (>= 0x388 and <= 0x3CE) or (>= 0x400 and <= 0x482) or (>= 0x48A and <= 0x52F) or (>= 0x5D0 and <= 0x5EA)
                    or (>= 0x621 and <= 0x64A) or (>= 0x671 and <= 0x674) or (>= 0x679 and <= 0x6D3) => true,
                (>= 0x1E00 and <= 0x1E99) or (>= 0x1EA0 and <= 0x1EFF) => true,
                (>= 0x1E9A and <= 0x1E9F) or (>= 0x2002 and <= 0x206F) or (>= 0x20A0 and <= 0x20BF) when !compatibility => true,
                (>= 0x200B and <= 0x2010) or (>= 0x2012 and <= 0x2016) or (>= 0x2018 and <= 0x2023) or 0x2030 or 0x2032 or 0x2035
                    or 0x2039 or 0x203A or (>= 0x2060 and <= 0x206F) or (>= 0x20A0 and <= 0x20A7) or (>= 0x20A9 and <= 0x20BF) => true,
                0x20E3 or (>= 0x2190 and <= 0x21FF) or (>= 0x2600 and <= 0x27BF) or (>= 0x3001 and <= 0x3029) => true,
                (>= 0x3041 and <= 0x3096) or (>= 0x30A1 and <= 0x30FA) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) => true,
                (>= 0xAC00 and <= 0xD7A3) or (>= 0xFE00 and <= 0xFE0F) or 0xFEFF => true,
                (>= 0xFF01 and <= 0xFFEE) when !compatibility => true,
                (>= 0x1F000 and <= 0x1F0FF) or (>= 0x1F1E6 and <= 0x1F1FF) or (>= 0x1F300 and <= 0x1FAFF) or (>= 0xE0020 and <= 0xE007F) => true,
                _ => false,
            };
            if (!inert)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Composes the removals (deletions from the input) with the normalizations (edits of the text after the removals)
    /// into edits of the input: a removal inside a normalized range joins that edit, the others stay on their own.
    /// </summary>
    private static void Merge(List<TextEdit> removals, List<TextEdit> normalizations, List<TextEdit> result)
    {
        int d = 0;
        int shift = 0;
        foreach (var edit in normalizations)
        {
            while (d < removals.Count && removals[d].Start <= edit.Start + shift)
            {
                result.Add(removals[d]);
                shift += removals[d].Length;
                d++;
            }

            int start = edit.Start + shift;
            int absorbed = 0;
            while (edit.Length > 0 && d < removals.Count && removals[d].Start <= edit.End - 1 + shift)
            {
                absorbed += removals[d].Length;
                shift += removals[d].Length;
                d++;
            }

            result.Add(edit with { Start = start, Length = edit.Length + absorbed });
        }

        for (; d < removals.Count; d++)
        {
            result.Add(removals[d]);
        }
    }
}
