using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using TextClean.Text;

namespace TextClean.Normalizers.Whitespace;

/// <summary>
/// Normalizes whitespace: every run of Unicode whitespace becomes one space, one line break or one paragraph break, and
/// the whitespace at both ends of the text is removed.
/// </summary>
/// <remarks>
/// <para><b>Whitespace</b> is every character with the Unicode White_Space property (what <see cref="char.IsWhiteSpace(char)"/>
/// accepts): the space separators (U+0020, no-break space U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000), tab,
/// LF, VT, FF, CR, NEL U+0085, LINE SEPARATOR U+2028 and PARAGRAPH SEPARATOR U+2029. The zero-width characters
/// (U+200B, U+2060, U+FEFF) are not whitespace; the unicode pass removes them.</para>
/// <para><b>Line breaks</b> are the mandatory breaks of UAX #14: LF, CR, CRLF (one break), VT, FF, NEL and U+2028;
/// U+2029 counts as two (a paragraph break by itself). A run with no line break becomes <c>" "</c>; a run with line
/// breaks becomes what <see cref="WhitespaceOptions.Paragraphs"/> says (<c>"\n"</c> for one break and <c>"\n\n"</c> for
/// two or more by default), so trailing spaces on a line and blank lines full of tabs disappear.</para>
/// <para>Runs at the start and at the end of the text are removed. Only whitespace is ever removed or replaced, and a run
/// between two non-whitespace characters always leaves one separator, so words are never glued together. Each changed
/// run is one edit (reason <c>"whitespace"</c>) trimmed to the characters that differ (<c>"a  b"</c> gives a deletion of
/// one space). The pass is linear, idempotent, never throws, and returns the text itself, without allocating, when it is
/// already clean.</para>
/// </remarks>
public static class WhitespaceCleaner
{
    /// <summary>The <see cref="TextEdit.Reason"/> of the edits this pass reports.</summary>
    public const string Reason = "whitespace";

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    // Whitespace but the plain space.
    private static readonly SearchValues<char> OtherWhitespace = SearchValues.Create(
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>
    /// Returns <paramref name="text"/> with its whitespace normalized (see the class remarks). When
    /// <paramref name="edits"/> is given, appends the changes, in order and relative to <paramref name="text"/>, with the
    /// reason "whitespace"; <c>TextEdit.Apply(text, edits)</c> gives the result.
    /// </summary>
    /// <param name="text">The text to clean.</param>
    /// <param name="options">How line breaks are treated; <see cref="WhitespaceOptions.Default"/> when null.</param>
    /// <param name="edits">A list that receives the edits, or null.</param>
    /// <returns>The cleaned text (the same instance when nothing changed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Clean(string text, WhitespaceOptions? options = null, List<TextEdit>? edits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= WhitespaceOptions.Default;
        ReadOnlySpan<char> span = text;

        // A run that is one plain space between two other characters stays as it is, and most runs are. The only runs
        // to look at contain another whitespace character, or two spaces, or touch an end of the text; the two
        // searches below find them without stopping at every space.
        int nextOther = -1; // index of the next whitespace character other than ' ' at or after `i`, or span.Length
        int nextDouble = -1; // index of the next "  " at or after `i`, or span.Length
        char[]? buffer = null;
        int written = 0;
        int copied = 0;
        int i = 0;
        try
        {
            while (i < span.Length)
            {
                int start;
                if (i == 0 && IsWhitespace(span[0]))
                {
                    start = 0;
                }
                else
                {
                    if (nextOther < i)
                    {
                        int found = span[i..].IndexOfAny(OtherWhitespace);
                        nextOther = found < 0 ? span.Length : i + found;
                    }

                    if (nextDouble < i)
                    {
                        int found = span[i..].IndexOf("  ");
                        nextDouble = found < 0 ? span.Length : i + found;
                    }

                    start = Math.Min(nextOther, nextDouble);
                    if (start == span.Length)
                    {
                        // Only single spaces are left; one at the very end is a run to remove.
                        if (span[^1] != ' ' || span.Length - 1 < i)
                        {
                            break;
                        }

                        start = span.Length - 1;
                    }

                    // The run begins at the spaces before what was found (never before i, which follows a run or is 0).
                    while (start > i && span[start - 1] == ' ')
                    {
                        start--;
                    }
                }

                int end = span[start..].IndexOfAnyExcept(Whitespace);
                end = end < 0 ? span.Length : start + end;
                i = end;

                string replacement = start == 0 || end == span.Length ? "" : Separator(span[start..end], options.Paragraphs);
                var run = span[start..end];
                if (run.SequenceEqual(replacement))
                {
                    continue;
                }

                int prefix = run.CommonPrefixLength(replacement);
                int suffix = 0;
                while (suffix < run.Length - prefix && suffix < replacement.Length - prefix
                       && run[run.Length - 1 - suffix] == replacement[replacement.Length - 1 - suffix])
                {
                    suffix++;
                }

                var kept = span[copied..(start + prefix)];
                var inserted = replacement.AsSpan(prefix, replacement.Length - prefix - suffix);
                Reserve(ref buffer, written, kept.Length + inserted.Length + span.Length - (end - suffix));
                kept.CopyTo(buffer.AsSpan(written));
                written += kept.Length;
                inserted.CopyTo(buffer.AsSpan(written));
                written += inserted.Length;
                copied = end - suffix;
                edits?.Add(new TextEdit(start + prefix, run.Length - prefix - suffix, replacement[prefix..^suffix], Reason));
            }

            if (buffer is null)
            {
                return text;
            }

            var rest = span[copied..];
            rest.CopyTo(buffer.AsSpan(written));
            written += rest.Length;
            return new string(buffer, 0, written);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }

    private static bool IsWhitespace(char c) => Whitespace.Contains(c);

    // Makes room for `more` characters after the `written` ones: a pooled buffer, reused across calls, that grows when a
    // run becomes longer than it was (U+2029 alone is a paragraph break, "\n\n").
    private static void Reserve([NotNull] ref char[]? buffer, int written, int more)
    {
        if (buffer is not null && written + more <= buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(written + more, buffer is null ? 0 : buffer.Length * 2));
        if (buffer is not null)
        {
            buffer.AsSpan(0, written).CopyTo(larger);
            ArrayPool<char>.Shared.Return(buffer);
        }

        buffer = larger;
    }

    /// <summary>What a run of whitespace between two non-whitespace characters becomes.</summary>
    private static string Separator(ReadOnlySpan<char> run, ParagraphMode mode)
    {
        if (mode == ParagraphMode.Fold)
        {
            return " ";
        }

        int breaks = 0;
        for (int k = 0; k < run.Length && breaks < 2; k++)
        {
            switch (run[k])
            {
                case '\r' when k + 1 < run.Length && run[k + 1] == '\n':
                    break; // CRLF: the LF counts
                case '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028':
                    breaks++;
                    break;
                case '\u2029':
                    breaks += 2;
                    break;
                default:
                    break;
            }
        }

        return breaks switch
        {
            0 => " ",
            1 => mode == ParagraphMode.Keep ? "\n" : " ",
            _ => "\n\n",
        };
    }
}
