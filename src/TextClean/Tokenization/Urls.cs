using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using static TextClean.Tokenization.CharClass;

namespace TextClean.Tokenization;

/// <summary>URLs and e-mail addresses. Matching is linear: each scan moves forward only, so no input can make it backtrack.</summary>
internal static class Urls
{
    private static readonly SearchValues<char> LocalPartChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-");

    private static readonly SearchValues<char> HostChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    // RFC 3986 unreserved, reserved and '%'; '<', '>', '"', '{', '}', '|', '\', '^', '`' and spaces end a URL.
    private static readonly SearchValues<char> UrlChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%");

    private static readonly FrozenSet<string> Schemes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "http", "https", "ftp", "ftps", "sftp", "file", "ws", "wss", "git", "ssh", "svn");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SchemeLookup =
        Schemes.GetAlternateLookup<ReadOnlySpan<char>>();

    // Bare host names ("example.com/path") count as URLs only with a top-level domain people actually use,
    // so a missing space after a full stop ("end.Start") stays two words.
    private static readonly FrozenSet<string> TopLevelDomains = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "ai", "app", "dev", "xyz", "online", "site", "tech",
        "store", "shop", "blog", "news", "club", "cloud", "page", "top", "pro", "name", "mobi", "museum", "aero", "coop", "jobs",
        "travel", "email", "link", "live", "me", "tv", "cc", "ly", "gl", "gg", "fm", "to", "ws",
        "uk", "de", "fr", "es", "it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "pl", "cz", "sk", "hu", "ro", "bg", "gr", "pt",
        "ie", "ru", "ua", "by", "tr", "il", "ir", "in", "pk", "cn", "jp", "kr", "tw", "hk", "sg", "my", "th", "vn", "id", "ph", "au",
        "nz", "ca", "us", "mx", "br", "ar", "cl", "co", "pe", "ve", "za", "ng", "ke", "eg", "ma", "sa", "ae", "lt", "lv", "ee",
        "is", "hr", "si", "rs", "ba", "mk", "al", "md", "ge", "am", "az", "kz", "uz", "eu", "asia", "cat");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TldLookup =
        TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An e-mail address starting at <paramref name="i"/>: local part, <c>@</c>, a dotted domain.</summary>
    public static int MatchEmail(ReadOnlySpan<char> text, int i)
    {
        int at = text[i..].IndexOfAnyExcept(LocalPartChars);
        if (at <= 0 || i + at >= text.Length || text[i + at] != '@' || text[i + at - 1] == '.')
        {
            return 0;
        }

        int domainStart = i + at + 1;
        int domainEnd = MatchHost(text, domainStart, requireKnownTld: false, email: true);
        return domainEnd > 0 ? domainEnd - i : 0;
    }

    /// <summary>A URL with a scheme: the word <c>text[i..colon]</c> is a known scheme and <c>://</c> follows.</summary>
    public static int MatchSchemeUrl(ReadOnlySpan<char> text, int i, int colon)
    {
        if (colon + 3 >= text.Length || text[colon + 1] != '/' || text[colon + 2] != '/' || !SchemeLookup.Contains(text[i..colon]))
        {
            return 0;
        }

        int end = ConsumeUrlChars(text, colon + 3);
        end = TrimTrailing(text, colon + 3, end);
        return end > colon + 3 ? end - i : 0;
    }

    /// <summary>A URL without a scheme: <c>www.</c> anything, or a host with a known top-level domain, then an optional port, path, query and fragment.</summary>
    public static int MatchHostUrl(ReadOnlySpan<char> text, int i)
    {
        bool www = text.Length - i > 4 && text.Slice(i, 4).Equals("www.", StringComparison.OrdinalIgnoreCase);
        int hostEnd = MatchHost(text, i, requireKnownTld: !www, email: false);
        if (hostEnd <= 0)
        {
            return 0;
        }

        if (hostEnd < text.Length && text[hostEnd] is ':' or '/' or '?' or '#')
        {
            int end = ConsumeUrlChars(text, hostEnd);
            return TrimTrailing(text, hostEnd, end) - i;
        }

        return hostEnd - i;
    }

    // Labels of letters, digits and inner hyphens joined by dots, at least two labels, the last one alphabetic.
    private static int MatchHost(ReadOnlySpan<char> text, int start, bool requireKnownTld, bool email)
    {
        int run = text[start..].IndexOfAnyExcept(HostChars);
        int end = run < 0 ? text.Length : start + run;
        while (end > start && text[end - 1] is '.' or '-')
        {
            end--;
        }

        var host = text[start..end];
        int lastDot = host.LastIndexOf('.');
        if (lastDot <= 0 || host.Contains("..", StringComparison.Ordinal) || host[0] is '.' or '-')
        {
            return 0;
        }

        var tld = host[(lastDot + 1)..];
        // After an '@', "DeepEddy.Com" is a domain; elsewhere "end.Start" is a missing space.
        if (tld.Length < 2 || !(IsOneCaseAsciiWord(tld) || (email && char.IsAsciiLetterUpper(tld[0]) && IsOneCaseAsciiWord(tld[1..]))))
        {
            return 0;
        }

        if (requireKnownTld && !TldLookup.Contains(tld))
        {
            return 0;
        }

        // "example.com" glued to letters that are not host characters (e.g. "example.comé") is not a host.
        return IsLetterOrDigitAt(text, end) ? 0 : end;
    }

    // "com" or "COM", not "Com" or "06fa6d". (MemoryExtensions.ContainsAnyExceptInRange allocates for char, hence the loop.)
    private static bool IsOneCaseAsciiWord(ReadOnlySpan<char> label)
    {
        int lower = 0;
        int upper = 0;
        foreach (char c in label)
        {
            if ((uint)(c - 'a') <= 'z' - 'a')
            {
                lower++;
            }
            else if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                upper++;
            }
            else
            {
                return false;
            }
        }

        return lower == 0 || upper == 0;
    }

    private static int ConsumeUrlChars(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length)
        {
            int run = text[j..].IndexOfAnyExcept(UrlChars);
            if (run < 0)
            {
                return text.Length;
            }

            j += run;

            // Internationalized paths: letters, marks and digits of any script continue a URL; symbols and emoji end it.
            char c = text[j];
            if (c < 128)
            {
                return j;
            }

            var cat = CategoryOf(CodePointAt(text, j, out int length));
            if (!IsLetterCategory(cat) && !IsMarkCategory(cat) && cat != UnicodeCategory.DecimalDigitNumber)
            {
                return j;
            }

            j += length;
        }

        return j;
    }

    // Sentence punctuation after a URL is not part of it; a closing bracket is, when the URL opened it.
    private static int TrimTrailing(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start)
        {
            char c = text[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '*')
            {
                end--;
                continue;
            }

            if (c is ')' or ']')
            {
                char open = c == ')' ? '(' : '[';
                var url = text[start..end];
                if (url.Count(open) < url.Count(c))
                {
                    end--;
                    continue;
                }
            }

            break;
        }

        return end;
    }
}
