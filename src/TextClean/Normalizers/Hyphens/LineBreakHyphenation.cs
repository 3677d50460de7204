using System.Buffers;
using System.Text;
using TextClean.Text;

namespace TextClean.Normalizers.Hyphens;

/// <summary>
/// Repairs words that a typesetter or mail client hyphenated across a line break: "infor-\nmation" becomes
/// "information" and "well-\nknown" becomes "well-known".
/// </summary>
/// <remarks>
/// <para><b>What is a candidate.</b> A hyphen-minus <c>-</c> or soft hyphen U+00AD, then optional spaces or tabs, then
/// one line break (LF, CRLF or CR), then optional spaces or tabs (indentation), with a letter just before the hyphen and
/// a letter just after the indentation. The <b>fragments</b> are the runs of letters on both sides (one letter is
/// enough: "a-\nbout"). Nothing else is touched: not <c>1990-\n2000</c> or <c>555-\n1234</c> (digits), not a bullet
/// "- item" at the start of a line (no letter before it), not a dash followed by a blank line, and not a fragment glued
/// to a digit ("mp3-\nplayer"). A fragment that is a whole line between two hyphenated breaks ("a-\nb-\nc") is left
/// alone too: which break belongs to which word cannot be told, and skipping it keeps the pass idempotent.</para>
/// <para><b>The decision</b>, with ranks from <see cref="Lexicon.English"/> (case is ignored for lookups and kept in the
/// output); the first rule that applies wins:</para>
/// <list type="number">
/// <item>A soft hyphen joins: it marks a hyphenation point, never a hyphen of the text.</item>
/// <item>The second fragment starts upper-case after a lower-case letter ("chris-\nP.S.", "Jean-\nPierre") → no
/// change: a capital there starts a new line far more often than it continues a word.</item>
/// <item>The joined word is known → join ("infor-\nmation", "a-\nbout", "co-\noperate"), unless both fragments are
/// known and the joined word is more than <see cref="RarityFactor"/> times rarer than the rarer fragment (a compound of
/// two common words, not a split word).</item>
/// <item>The first fragment ends upper-case and the second starts lower-case ("X-VM-\nheaders", "X-\nray") → keep the
/// hyphen, drop the break: split words keep one case.</item>
/// <item>The first fragment is a known word → keep the hyphen, drop the break ("well-\nknown", "state-of-the-\nart",
/// "air-\ndeployable"): a known word before the hyphen with an unknown whole is most often a compound.</item>
/// <item>Otherwise → join ("pre-\nprocessing", "INFOR-\nMATICS", "zorg-\nblat").</item>
/// </list>
/// <para>Each repair is one edit (reason <see cref="Reason"/>): a join deletes the hyphen and the break with its spaces; a
/// kept hyphen deletes only what follows it. The search is a vectorized scan for the two hyphen characters, so text
/// without them costs almost nothing. The pass is linear, never throws on any string, and returns the text itself when
/// nothing changes.</para>
/// </remarks>
public static class LineBreakHyphenation
{
    /// <summary>The <see cref="TextEdit.Reason"/> of the edits this pass reports.</summary>
    public const string Reason = "line-break hyphen";

    /// <summary>How much rarer than its rarer known fragment a known joined word may be and still be joined (rule 2).</summary>
    public const int RarityFactor = 64;

    /// <summary>Joined words longer than this are not looked up; they count as unknown.</summary>
    private const int MaxLookupLength = 64;

    private const char SoftHyphen = '\u00AD';

    private static readonly SearchValues<char> Hyphens = SearchValues.Create("-\u00AD");

    /// <summary>
    /// Joins words hyphenated across a line break ("infor-\nmation" → "information", "a-\nbout" → "about") when the
    /// joined word is more plausible than the two parts, and keeps the hyphen but removes the break when the parts are
    /// words of their own ("well-\nknown" → "well-known"). See the class remarks for the exact rules.
    /// </summary>
    /// <param name="text">The text to repair.</param>
    /// <param name="edits">A list that receives the edits, in order and relative to <paramref name="text"/>, or null.
    /// <c>TextEdit.Apply(text, edits)</c> gives the result.</param>
    /// <returns>The repaired text (the same instance when nothing changed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Repair(string text, List<TextEdit>? edits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<char> span = text;
        StringBuilder? builder = null;
        int copied = 0;
        int i = 0;
        while (i < span.Length)
        {
            int next = span[i..].IndexOfAny(Hyphens);
            if (next < 0)
            {
                break;
            }

            int hyphen = i + next;
            i = hyphen + 1;
            if (!TryCandidate(span, hyphen, out int leftStart, out int rightStart, out int rightEnd))
            {
                continue;
            }

            bool? join = span[hyphen] == SoftHyphen ? true : Decide(span[leftStart..hyphen], span[rightStart..rightEnd]);
            if (join is null)
            {
                continue;
            }

            int deleteFrom = join.Value ? hyphen : hyphen + 1;
            builder ??= new StringBuilder(text.Length);
            builder.Append(span[copied..deleteFrom]);
            copied = rightStart;
            edits?.Add(new TextEdit(deleteFrom, rightStart - deleteFrom, "", Reason));
            i = rightEnd;
        }

        return builder is null ? text : builder.Append(span[copied..]).ToString();
    }

    /// <summary>
    /// Whether the hyphen at <paramref name="hyphen"/> ends a line between two letter fragments; gives the first
    /// fragment's start and the second fragment's range.
    /// </summary>
    private static bool TryCandidate(ReadOnlySpan<char> span, int hyphen, out int leftStart, out int rightStart, out int rightEnd)
    {
        leftStart = rightStart = rightEnd = 0;
        int lineEnd = BreakAfter(span, hyphen);
        if (lineEnd < 0 || hyphen == 0 || !char.IsLetter(span[hyphen - 1]))
        {
            return false;
        }

        rightStart = SkipBlanks(span, lineEnd);
        if (rightStart == span.Length || !char.IsLetter(span[rightStart]))
        {
            return false; // a blank line, a bullet, a digit or the end of the text follows
        }

        leftStart = hyphen - 1;
        while (leftStart > 0 && char.IsLetter(span[leftStart - 1]))
        {
            leftStart--;
        }

        rightEnd = rightStart + 1;
        while (rightEnd < span.Length && char.IsLetter(span[rightEnd]))
        {
            rightEnd++;
        }

        if ((leftStart > 0 && char.IsDigit(span[leftStart - 1])) || (rightEnd < span.Length && char.IsDigit(span[rightEnd])))
        {
            return false; // part of an alphanumeric token such as "mp3-"
        }

        // A fragment between two hyphenated breaks belongs to neither for sure: leave the chain as it is.
        return BreakAfter(span, rightEnd) < 0 && !EndsHyphenatedLine(span, leftStart);
    }

    /// <summary>
    /// If a hyphen at <paramref name="hyphen"/> is followed by optional spaces or tabs and one line break, the offset
    /// just past the break; otherwise -1.
    /// </summary>
    private static int BreakAfter(ReadOnlySpan<char> span, int hyphen)
    {
        if (hyphen >= span.Length || span[hyphen] is not ('-' or SoftHyphen))
        {
            return -1;
        }

        int k = SkipBlanks(span, hyphen + 1);
        if (k == span.Length)
        {
            return -1;
        }

        return span[k] switch
        {
            '\r' when k + 1 < span.Length && span[k + 1] == '\n' => k + 2,
            '\r' or '\n' => k + 1,
            _ => -1,
        };
    }

    /// <summary>Whether the fragment starting at <paramref name="start"/> begins a line (after indentation) that follows a hyphenated break.</summary>
    private static bool EndsHyphenatedLine(ReadOnlySpan<char> span, int start)
    {
        int k = start;
        while (k > 0 && span[k - 1] is ' ' or '\t')
        {
            k--;
        }

        if (k == 0 || span[k - 1] is not ('\n' or '\r'))
        {
            return false;
        }

        k -= span[k - 1] == '\n' && k >= 2 && span[k - 2] == '\r' ? 2 : 1;
        while (k > 0 && span[k - 1] is ' ' or '\t')
        {
            k--;
        }

        return k > 0 && span[k - 1] is '-' or SoftHyphen;
    }

    private static int SkipBlanks(ReadOnlySpan<char> span, int from)
    {
        while (from < span.Length && span[from] is ' ' or '\t')
        {
            from++;
        }

        return from;
    }

    /// <summary>Rules 2–6 of the class remarks: true to join, false to keep the hyphen, null to leave the text alone.</summary>
    private static bool? Decide(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        bool leftEndsLower = char.IsLower(left[^1]);
        bool rightStartsLower = char.IsLower(right[0]);
        if (leftEndsLower && !rightStartsLower)
        {
            return null;
        }

        var lexicon = Lexicon.English;
        int leftRank = lexicon.Rank(left);
        int rightRank = lexicon.Rank(right);
        int joinedRank = 0;
        if (left.Length + right.Length <= MaxLookupLength)
        {
            Span<char> joined = stackalloc char[MaxLookupLength];
            left.CopyTo(joined);
            right.CopyTo(joined[left.Length..]);
            joinedRank = lexicon.Rank(joined[..(left.Length + right.Length)]);
        }

        if (joinedRank > 0)
        {
            bool bothKnown = leftRank > 0 && rightRank > 0;
            return !bothKnown || joinedRank <= (long)RarityFactor * Math.Max(leftRank, rightRank);
        }

        if (!leftEndsLower && rightStartsLower)
        {
            return false;
        }

        return leftRank == 0;
    }
}
