using System.Runtime.CompilerServices;
using static TextClean.Tokenization.CharClass;

namespace TextClean.Tokenization;

/// <summary>ASCII emoticons, matched only where they stand apart from words and URLs.</summary>
internal static class Emoticons
{
    // Longest first, so ":-))" beats ":-)" and "</3" beats "<3".
    private static readonly string[] Known =
    [
        ">:-(", ">:-)", ":'-(", ":'-)", "</3",
        ":-)", ":-(", ";-)", ";-(", ":-D", ";-D", ":-P", ":-p", ";-P", ";-p", ":-O", ":-o", ":-/", ":-\\", ":-|",
        ":-*", ":-]", ":-[", ":-S", ":-$", ">:(", ">:)", ":'(", ":')", "^_^", "^.^", "=-)",
        ":)", ":(", ";)", ";(", ":D", ";D", ":P", ":p", ";P", ";p", ":O", ":o", ":/", ":\\", ":|", ":*", ":]", ":[",
        ":S", ":$", ":3", "=)", "=(", "=D", "=P", "=p", "<3", "^^",
    ];

    // Emoticons grouped by their first two code units (all ASCII): one array lookup rejects "=20", "<a", "::"
    // and leaves at most a handful of candidates to compare.
    private static readonly string[]?[] ByPrefix = GroupByPrefix();

    private static string[]?[] GroupByPrefix()
    {
        var groups = new string[]?[128 * 128];
        foreach (var e in Known)
        {
            int key = (e[0] * 128) + e[1];
            groups[key] = [.. groups[key] ?? [], e];
        }

        return groups;
    }

    /// <summary>False when no emoticon starts with <paramref name="first"/> followed by <paramref name="second"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayStartWith(char first, char second) => first < 128 && second < 128 && ByPrefix[(first * 128) + second] is not null;

    /// <summary>The length of the emoticon at <paramref name="i"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Match(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !MayStartWith(text[i], text[i + 1]))
        {
            return 0;
        }

        var rest = text[i..];
        foreach (var e in ByPrefix[(text[i] * 128) + text[i + 1]]!)
        {
            if (!rest.StartsWith(e, StringComparison.Ordinal))
            {
                continue;
            }

            int end = i + e.Length;
            char mouth = e[^1];
            if (mouth is ')' or '(' or ']' or '[')
            {
                // ":)))" is one emoticon; the repeats are emphasis.
                while (end < text.Length && text[end] == mouth)
                {
                    end++;
                }
            }

            return StandsApart(text, i, end, mouth) ? end - i : 0;
        }

        return 0;
    }

    // Not inside words ("a:p"), numbers ("10:30") or URLs ("http://"): the emoticon must end at a gap or punctuation,
    // and may touch a word on its left only when it ends at whitespace ("great:)" yes, "Note:Do" no).
    private static bool StandsApart(ReadOnlySpan<char> text, int start, int end, char mouth)
    {
        bool rightGap = end >= text.Length || IsGap(text[end]);
        bool rightOk = rightGap || (!IsLetterOrDigitAt(text, end) && text[end] is not ('/' or ':' or '\\' or '@' or '.' or '=') && text[end] != mouth);
        if (!rightOk)
        {
            return false;
        }

        if (start == 0 || IsGap(text[start - 1]))
        {
            return true;
        }

        char left = text[start - 1];
        if (IsLetterOrDigitAt(text, start - 1))
        {
            return rightGap && mouth is ')' or '(' && !IsDigitAt(text, start - 1);
        }

        return left is not (':' or '/' or '=' or '<' or '>' or ';' or '^' or '\'');
    }

    private static bool IsGap(char c) => c < 128 ? (Ascii[c] & Separator) != 0 : char.IsWhiteSpace(c) || c >= 0xD800;
}
