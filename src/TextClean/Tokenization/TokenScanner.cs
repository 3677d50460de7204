using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using TextClean.Text;
using TextClean.Unicode;
using static TextClean.Tokenization.CharClass;

namespace TextClean.Tokenization;

/// <summary>
/// The one scan behind every token: at a position, decide what starts there and how far it reaches.
/// ASCII takes a table lookup per code unit; everything else walks whole grapheme clusters, so a token
/// boundary never falls inside a user-perceived character.
/// </summary>
internal static class TokenScanner
{
    /// <summary>Skips separators (whitespace, controls, invisible format characters) that stand as whole clusters.</summary>
    // The cold paths stay out of line, whatever profile-guided optimization sees first: inlined into the enumerator's
    // fast path they cost registers on every token (measured: 200 instead of 335 MB/s under Dynamic PGO).
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int SkipSeparators(ReadOnlySpan<char> text, int i)
    {
        while ((uint)i < (uint)text.Length)
        {
            char c = text[i];
            if (c < 128)
            {
                if ((Ascii[c] & Separator) == 0)
                {
                    return i;
                }
            }
            else if (!IsSeparator(CodePointAt(text, i, out _)))
            {
                return i;
            }

            // A separator that forms one cluster with what follows (a combining mark or joiner after it, or a prepended
            // concatenation mark such as U+0600 or U+06DD before a letter) is part of a token, not a gap.
            if (i + 1 < text.Length && (c >= 128 || text[i + 1] >= 0x300) && GraphemeCluster.GetLength(text[i..]) > (char.IsSurrogate(c) ? 2 : 1))
            {
                return i;
            }

            i++;
        }

        return i;
    }

    /// <summary>Scans the token that starts at <paramref name="i"/>, which is not a separator.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Token Scan(ReadOnlySpan<char> text, int i, ScanModes modes)
    {
        char c = text[i];
        Token token;
        if (c < 128)
        {
            byte cls = Ascii[c];
            if ((cls & Letter) != 0)
            {
                token = ScanWord(text, i, modes);
            }
            else if ((cls & Digit) != 0)
            {
                token = IsKeycapAt(text, i) ? Emoji(text, i) : ScanNumber(text, i, i, TokenFlags.None, modes);
            }
            else
            {
                token = ScanAsciiOther(text, i, c, modes);
            }
        }
        else
        {
            token = ScanNonAscii(text, i, modes);
        }

        return AlignEnd(text, token);
    }

    // Most tokens end between two code units below U+0300, where no cluster can continue; otherwise walk clusters.
    private static Token AlignEnd(ReadOnlySpan<char> text, Token token)
    {
        int end = token.End;
        if (end >= text.Length)
        {
            return token;
        }

        char next = text[end];
        char last = text[end - 1];
        if (next < 0x300 && last < 0x300 && !(last == '\r' && next == '\n'))
        {
            return token;
        }

        int k = token.Start;
        while (k < end)
        {
            k += GraphemeCluster.GetLength(text[k..]);
        }

        return k == end ? token : new Token(token.Start, k - token.Start, token.Kind, token.Flags);
    }

    private static Token DetachedClitic(ReadOnlySpan<char> text, int i) =>
        new(i, Contractions.DetachedCliticLength(text, i), TokenKind.Word, TokenFlags.Apostrophe | TokenFlags.Clitic);

    private static Token ScanAsciiOther(ReadOnlySpan<char> text, int i, char c, ScanModes modes)
    {
        switch (c)
        {
            case '#' or '*' when IsKeycapAt(text, i):
                return Emoji(text, i);
            case '#' when (modes & ScanModes.Social) != 0 && !IsLetterOrDigitAt(text, i - 1):
                {
                    int end = ScanHandle(text, i + 1, out bool hasLetter);
                    if (hasLetter)
                    {
                        return new Token(i, end - i, TokenKind.Hashtag);
                    }

                    break;
                }

            case '@' when (modes & ScanModes.Social) != 0 && !IsLetterOrDigitAt(text, i - 1):
                {
                    int end = ScanHandle(text, i + 1, out _);
                    if (end > i + 1)
                    {
                        return new Token(i, end - i, TokenKind.Mention);
                    }

                    break;
                }

            case '$' when IsDigitAt(text, i + 1):
                return ScanNumber(text, i, i + 1, TokenFlags.Money, modes);
            case '\'' when Contractions.DetachedCliticLength(text, i) > 0:
                return DetachedClitic(text, i);
            case '<' when (modes & ScanModes.Placeholders) != 0:
                {
                    int length = Placeholders.Match(text[i..]);
                    if (length > 0)
                    {
                        return new Token(i, length, TokenKind.Placeholder);
                    }

                    break;
                }

            case ':' when (modes & ScanModes.Shortcodes) != 0 && !IsLetterOrDigitAt(text, i - 1):
                {
                    int length = EmojiShortcodes.Match(text, i);
                    if (length > 0)
                    {
                        return new Token(i, length, TokenKind.Emoji, TokenFlags.Shortcode);
                    }

                    break;
                }

            case '-' or '+' when IsSignAt(text, i):
                return ScanSigned(text, i, modes);
            case '(' when IsDigitAt(text, i + 1):
                {
                    int phone = MatchPhone(text, i);
                    if (phone > 0)
                    {
                        return new Token(i, phone, TokenKind.Number, TokenFlags.Phone);
                    }

                    break;
                }
        }

        if ((modes & ScanModes.Emoticons) != 0 && c is ':' or ';' or '=' or '<' or '>' or '^')
        {
            int length = Emoticons.Match(text, i);
            if (length > 0)
            {
                return new Token(i, length, TokenKind.Emoticon);
            }
        }

        if ((Ascii[c] & Separator) != 0)
        {
            // Only reached for a separator that carries combining marks: the whole cluster is one symbol.
            return new Token(i, GraphemeCluster.GetLength(text[i..]), TokenKind.Symbol);
        }

        return PunctuationOrSymbolRun(text, i, c, (Ascii[c] & Symbol) != 0 ? TokenKind.Symbol : TokenKind.Punctuation);
    }

    private static Token PunctuationOrSymbolRun(ReadOnlySpan<char> text, int i, char c, TokenKind kind)
    {
        int j = i + 1;
        if (c is '!' or '?')
        {
            while (j < text.Length && text[j] is '!' or '?')
            {
                j++;
            }
        }
        else
        {
            // "<<NUM>" is a mark and a placeholder.
            while (j < text.Length && text[j] == c && !(c == '<' && Placeholders.Match(text[j..]) > 0))
            {
                j++;
            }
        }

        return new Token(i, j - i, kind, j - i > 1 ? TokenFlags.Repeated : TokenFlags.None);
    }

    private static Token ScanNonAscii(ReadOnlySpan<char> text, int i, ScanModes modes)
    {
        int cp = CodePointAt(text, i, out int cpLength);
        var cat = CategoryOf(cp);
        if ((IsLetterCategory(cat) || IsMarkCategory(cat)) && !IsLetterEmojiAt(text, i, cpLength))
        {
            return ScanWord(text, i, modes);
        }

        if (cat == UnicodeCategory.DecimalDigitNumber)
        {
            return ScanNumber(text, i, i, TokenFlags.None, modes);
        }

        int emoji = EmojiSequence.GetLength(text[i..]);
        if (emoji > 0)
        {
            return new Token(i, emoji, TokenKind.Emoji);
        }

        if (cat == UnicodeCategory.CurrencySymbol && IsDigitAt(text, i + cpLength))
        {
            return ScanNumber(text, i, i + cpLength, TokenFlags.Money, modes);
        }

        if (cp == 0x2019 && Contractions.DetachedCliticLength(text, i) > 0)
        {
            return DetachedClitic(text, i);
        }

        if (cp == 0x2212 && IsSignAt(text, i))
        {
            return ScanSigned(text, i, modes);
        }

        int cluster = GraphemeCluster.GetLength(text[i..]);
        bool punct = cat is >= UnicodeCategory.ConnectorPunctuation and <= UnicodeCategory.OtherPunctuation;
        if (punct && cluster == 1)
        {
            return PunctuationOrSymbolRun(text, i, text[i], TokenKind.Punctuation);
        }

        // Symbols, other numbers (², ½), private use, unassigned and lone surrogates: one cluster each.
        var kind = punct ? TokenKind.Punctuation
            : cat is UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber ? TokenKind.Number
            : TokenKind.Symbol;
        return new Token(i, cluster, kind);
    }

    // A few emoji are letters (ℹ U+2139, Ⓜ U+24C2): with U+FE0F after them they are emoji, not words.
    private static bool IsLetterEmojiAt(ReadOnlySpan<char> text, int i, int length) =>
        i + length < text.Length && text[i + length] == '\uFE0F' && EmojiSequence.GetLength(text[i..]) > 0;

    private static Token Emoji(ReadOnlySpan<char> text, int i) =>
        new(i, EmojiSequence.GetLength(text[i..]), TokenKind.Emoji);

    private static bool IsKeycapAt(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i + 1] is '\uFE0F' or '\u20E3' && EmojiSequence.GetLength(text[i..]) > 0;

    // A sign starts a number only at a word start: "-5" and "(+3" yes, "5-3" no.
    private static bool IsSignAt(ReadOnlySpan<char> text, int i) =>
        IsDigitAt(text, i + 1) && !IsLetterOrDigitAt(text, i - 1) && (i == 0 || !IsSignLikeNeighbour(text[i - 1]));

    private static bool IsSignLikeNeighbour(char c) => c is '.' or ',' or '-' or '+' or '/' or ':';

    private static Token ScanSigned(ReadOnlySpan<char> text, int i, ScanModes modes)
    {
        if (text[i] == '+')
        {
            int phone = MatchPhone(text, i);
            if (phone > 0)
            {
                return new Token(i, phone, TokenKind.Number, TokenFlags.Phone);
            }
        }

        return ScanNumber(text, i, i + 1, TokenFlags.HasSign, modes);
    }

    // ---------------------------------------------------------------- words

    private static Token ScanWord(ReadOnlySpan<char> text, int i, ScanModes modes)
    {
        var flags = TokenFlags.None;
        int script = 0;
        int j = ConsumeWordChars(text, i, ref flags, ref script, modes);
        if (script == ScriptIdeograph)
        {
            return new Token(i, j - i, TokenKind.Word, TokenFlags.Ideograph);
        }

        bool triedEmail = false;
        while (j < text.Length)
        {
            char c = text[j];
            if ((modes & ScanModes.Urls) != 0 && !triedEmail && c is '.' or '@' or '+' or '_' or '-')
            {
                triedEmail = true;
                int email = Urls.MatchEmail(text, i);
                if (email > 0)
                {
                    return new Token(i, email, TokenKind.Email);
                }
            }

            if (IsHyphen(c))
            {
                if ((modes & ScanModes.SplitHyphens) != 0 || !IsLetterOrDigitAt(text, j + 1) || IsBetweenDigits(text, j))
                {
                    break;
                }

                flags |= TokenFlags.Hyphenated;
                j = ConsumeWordChars(text, j + 1, ref flags, ref script, modes);
                continue;
            }

            if (IsApostrophe(c))
            {
                if (!IsLetterAt(text, j + 1))
                {
                    break;
                }

                flags |= TokenFlags.Apostrophe;
                j = ConsumeWordChars(text, j + 1, ref flags, ref script, modes);
                continue;
            }

            if (c == '\u00AD' && IsLetterAt(text, j + 1))
            {
                // A soft hyphen is an invisible break hint inside one word; the unicode normalizer removes it.
                j = ConsumeWordChars(text, j + 1, ref flags, ref script, modes);
                continue;
            }

            if (c == '_' && IsLetterOrDigitAt(text, j + 1))
            {
                j = ConsumeWordChars(text, j + 1, ref flags, ref script, modes);
                continue;
            }

            if (c == '.')
            {
                return ScanDotAfterWord(text, i, j, flags, modes);
            }

            if (c == ':' && (modes & ScanModes.Urls) != 0)
            {
                int url = Urls.MatchSchemeUrl(text, i, j);
                if (url > 0)
                {
                    return new Token(i, url, TokenKind.Url);
                }
            }

            break;
        }

        return new Token(i, j - i, TokenKind.Word, flags);
    }

    // After "word.": an abbreviation (e.g., U.S., Dr.), a host name (www.example.com, example.com/path), or just a full stop.
    private static Token ScanDotAfterWord(ReadOnlySpan<char> text, int i, int dot, TokenFlags flags, ScanModes modes)
    {
        if ((modes & ScanModes.Urls) != 0 && (flags & ~(TokenFlags.HasDigits | TokenFlags.Hyphenated)) == 0)
        {
            int url = Urls.MatchHostUrl(text, i);
            if (url > 0)
            {
                return new Token(i, url, TokenKind.Url);
            }
        }

        int initials = Abbreviations.MatchInitials(text, i);
        if (initials > 0)
        {
            return new Token(i, initials, TokenKind.Word, TokenFlags.Abbreviation);
        }

        if (flags == TokenFlags.None && Abbreviations.IsKnown(text[i..dot]))
        {
            return new Token(i, dot + 1 - i, TokenKind.Word, TokenFlags.Abbreviation);
        }

        return new Token(i, dot - i, TokenKind.Word, flags);
    }

    private const int ScriptOther = 1;
    private const int ScriptKana = 2;
    private const int ScriptIdeograph = 3;

    /// <summary>
    /// Consumes letters, marks and digits from <paramref name="j"/>. ASCII is one table lookup per code unit;
    /// other text is consumed a grapheme cluster at a time. Ideographs stand alone and kana runs do not mix with other scripts.
    /// </summary>
    private static int ConsumeWordChars(ReadOnlySpan<char> text, int j, ref TokenFlags flags, ref int script, ScanModes modes)
    {
        bool splitDigits = (modes & ScanModes.SplitLettersFromDigits) != 0;
        var ascii = Ascii;
        if (!splitDigits && script != ScriptKana)
        {
            int end = AsciiRuns.LettersAndDigits(text, j, out bool hasDigits);
            if (end > j)
            {
                // "abc1️⃣": the last digit is the base of a keycap emoji, not part of the word.
                if (hasDigits && end < text.Length && text[end] is '\uFE0F' or '\u20E3' && IsKeycapAt(text, end - 1))
                {
                    end--;
                    hasDigits = text[j..end].IndexOfAny(AsciiDigits) >= 0;
                }

                script = ScriptOther;
                flags |= hasDigits ? TokenFlags.HasDigits : TokenFlags.None;
                j = end;
                if (end < text.Length && text[end] is '\uFE0F' or '\u20E3')
                {
                    return j;
                }
            }
        }

        while ((uint)j < (uint)text.Length)
        {
            char c = text[j];
            if (c < 128)
            {
                byte cls = ascii[c];
                if ((cls & Letter) != 0)
                {
                    if (script == ScriptKana)
                    {
                        return j;
                    }

                    script = ScriptOther;
                    j++;
                    continue;
                }

                if ((cls & Digit) == 0 || splitDigits || IsKeycapAt(text, j))
                {
                    return j;
                }

                flags |= TokenFlags.HasDigits;
                j++;
                continue;
            }

            int cp = CodePointAt(text, j, out _);
            var cat = CategoryOf(cp);
            int cluster;
            if (IsLetterCategory(cat))
            {
                if (IsLetterEmojiAt(text, j, char.IsSurrogate(c) ? 2 : 1))
                {
                    return j;
                }

                int kind = IsIdeograph(cp) ? ScriptIdeograph : IsKana(cp) ? ScriptKana : ScriptOther;
                if (script != 0 && (kind != script || kind == ScriptIdeograph))
                {
                    return j;
                }

                script = kind;
                cluster = GraphemeCluster.GetLength(text[j..]);
                j += cluster;
                if (kind == ScriptIdeograph)
                {
                    return j;
                }

                continue;
            }

            if (cat == UnicodeCategory.DecimalDigitNumber)
            {
                if (splitDigits)
                {
                    return j;
                }

                flags |= TokenFlags.HasDigits;
            }
            else if (!IsMarkCategory(cat) && cp is not (0x200C or 0x200D) && !(cp == 0x30FC && script == ScriptKana))
            {
                return j;
            }

            j += GraphemeCluster.GetLength(text[j..]);
        }

        return j;
    }

    // "COVID-19" is one word (letters before the hyphen), but a hyphen between digits ("abc12-34") is a range, not a compound.
    private static bool IsBetweenDigits(ReadOnlySpan<char> text, int hyphen) =>
        hyphen > 0 && IsDigitAt(text, hyphen - 1) && IsDigitAt(text, hyphen + 1);

    // ---------------------------------------------------------------- mentions and hashtags

    private static int ScanHandle(ReadOnlySpan<char> text, int j, out bool hasLetter)
    {
        // The ASCII letters and digits first, eight at a time ("#FF0000", "#MachineLearning"); then the general loop.
        int run = AsciiRuns.LettersAndDigits(text, j, out _);
        hasLetter = AsciiRuns.Digits(text, j) < run;
        j = run > j && run < text.Length && text[run] is '\uFE0F' or '\u20E3' ? run - 1 : run;
        while (j < text.Length)
        {
            char c = text[j];
            if (c < 128)
            {
                byte cls = Ascii[c];
                if ((cls & Letter) != 0)
                {
                    hasLetter = true;
                }
                else if (((cls & Digit) == 0 && c != '_') || IsKeycapAt(text, j))
                {
                    break;
                }

                j++;
                continue;
            }

            var cat = CategoryOf(CodePointAt(text, j, out int length));
            if (IsLetterCategory(cat) && !IsLetterEmojiAt(text, j, length))
            {
                hasLetter = true;
            }
            else if (!IsMarkCategory(cat) && cat != UnicodeCategory.DecimalDigitNumber)
            {
                break;
            }

            j += GraphemeCluster.GetLength(text[j..]);
        }

        return j;
    }

    // ---------------------------------------------------------------- numbers

    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    private static readonly SearchValues<char> PercentSigns = SearchValues.Create("%‰‱");

    /// <summary>Scans a number whose digits start at <paramref name="digits"/>; <paramref name="i"/> is where the token starts (sign or currency).</summary>
    private static Token ScanNumber(ReadOnlySpan<char> text, int i, int digits, TokenFlags flags, ScanModes modes)
    {
        if (flags == TokenFlags.None && text[i] < 128)
        {
            int phone = MatchPhone(text, i);
            if (phone > 0)
            {
                return new Token(i, phone, TokenKind.Number, TokenFlags.Phone);
            }
        }

        int firstGroup = ConsumeDigits(text, digits);
        int j = firstGroup;
        int firstLength = firstGroup - digits;
        bool plainInteger = true;
        while (j + 1 < text.Length)
        {
            char c = text[j];
            if ((c is ',' or '.') && IsAsciiDigit(text[j + 1]))
            {
                j = ConsumeDigits(text, j + 1);
                plainInteger = false;
                continue;
            }

            if (c == ':' && plainInteger && firstLength <= 2 && IsTwoDigits(text, j + 1))
            {
                j += 3;
                flags |= TokenFlags.Time;
                if (j + 2 < text.Length && text[j] == ':' && IsTwoDigits(text, j + 1))
                {
                    j += 3;
                }

                plainInteger = false;
                break;
            }

            if (c == '-' && plainInteger && firstLength == 4 && MatchDateTail(text, j, '-') is var dateEnd && dateEnd > 0)
            {
                j = dateEnd;
                flags |= TokenFlags.Date;
                plainInteger = false;
                break;
            }

            if (c == '/' && plainInteger && IsAsciiDigit(text[j + 1]))
            {
                j = ConsumeDigits(text, j + 1);
                if (j + 1 < text.Length && text[j] == '/' && IsAsciiDigit(text[j + 1]))
                {
                    j = ConsumeDigits(text, j + 1);
                    flags |= TokenFlags.Date;
                }
                else
                {
                    flags |= TokenFlags.Fraction;
                }

                plainInteger = false;
                break;
            }

            break;
        }

        if (j < text.Length)
        {
            char c = text[j];
            if (PercentSigns.Contains(c))
            {
                return new Token(i, j + 1 - i, TokenKind.Number, flags | TokenFlags.Percent);
            }

            if ((flags & TokenFlags.Money) == 0 && c >= 128 && CategoryOf(CodePointAt(text, j, out int cl)) == UnicodeCategory.CurrencySymbol)
            {
                return new Token(i, j + cl - i, TokenKind.Number, flags | TokenFlags.Money);
            }

            if (IsLetterAt(text, j))
            {
                int k = j;
                while (k < text.Length && text[k] < 128 && (Ascii[text[k]] & Letter) != 0)
                {
                    k++;
                }

                bool boundary = !IsLetterOrDigitAt(text, k);
                var suffix = text[j..k];
                if (boundary && plainInteger && (flags & TokenFlags.Money) == 0 && IsOrdinalSuffix(suffix))
                {
                    return new Token(i, k - i, TokenKind.Number, flags | TokenFlags.Ordinal);
                }

                if (boundary && (suffix.Equals("am", StringComparison.OrdinalIgnoreCase) || suffix.Equals("pm", StringComparison.OrdinalIgnoreCase))
                    && ((flags & TokenFlags.Time) != 0 || (plainInteger && firstLength <= 2)))
                {
                    return new Token(i, k - i, TokenKind.Number, flags | TokenFlags.Time);
                }

                if ((modes & ScanModes.KeepNumbersWithLetters) != 0 && flags == TokenFlags.None)
                {
                    var wordFlags = TokenFlags.HasDigits;
                    int script = ScriptOther;
                    int end = ConsumeWordChars(text, j, ref wordFlags, ref script, modes & ~ScanModes.SplitLettersFromDigits);
                    return new Token(i, end - i, TokenKind.Word, wordFlags);
                }
            }
        }

        return new Token(i, j - i, TokenKind.Number, flags);
    }

    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsTwoDigits(ReadOnlySpan<char> text, int j) =>
        j + 1 < text.Length && IsAsciiDigit(text[j]) && IsAsciiDigit(text[j + 1]) && !IsDigitAt(text, j + 2);

    private static int ConsumeDigits(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length)
        {
            char c = text[j];
            if (IsAsciiDigit(c))
            {
                j++;
                continue;
            }

            if (c < 128 || CategoryOf(CodePointAt(text, j, out _)) != UnicodeCategory.DecimalDigitNumber)
            {
                // A digit followed by U+FE0F or U+20E3 is a keycap emoji: leave it for the next token.
                if (c is '\uFE0F' or '\u20E3' && j > 0 && IsKeycapAt(text, j - 1))
                {
                    return j - 1;
                }

                return j;
            }

            j += char.IsSurrogate(c) ? 2 : 1;
        }

        return j;
    }

    // "-07-10" after a four-digit year: month and day of one or two digits.
    private static int MatchDateTail(ReadOnlySpan<char> text, int j, char separator)
    {
        int k = j + 1;
        int month = CountAsciiDigits(text, k);
        if (month is < 1 or > 2 || k + month >= text.Length || text[k + month] != separator)
        {
            return 0;
        }

        k += month + 1;
        int day = CountAsciiDigits(text, k);
        return day is >= 1 and <= 2 && !IsLetterOrDigitAt(text, k + day) ? k + day : 0;
    }

    private static int CountAsciiDigits(ReadOnlySpan<char> text, int k)
    {
        int n = 0;
        while (k + n < text.Length && IsAsciiDigit(text[k + n]))
        {
            n++;
        }

        return n;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Length == 2 && (s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Phone numbers in the shapes that dominate scraped English text: <c>555-123-4567</c>, <c>555.123.4567</c>,
    /// <c>(555) 123-4567</c>, and international <c>+44 20 7946 0958</c> (a plus, then 8 to 15 digits in groups).
    /// </summary>
    private static int MatchPhone(ReadOnlySpan<char> text, int i)
    {
        if (!IsLetterOrDigitAt(text, i - 1))
        {
            if (text[i] == '+')
            {
                return MatchInternationalPhone(text, i);
            }

            int k = i;
            bool paren = text[k] == '(';
            if (paren)
            {
                k++;
            }

            if (CountAsciiDigits(text, k) != 3)
            {
                return 0;
            }

            k += 3;
            char sep;
            if (paren)
            {
                if (k >= text.Length || text[k] != ')')
                {
                    return 0;
                }

                k++;
                if (k < text.Length && text[k] == ' ')
                {
                    k++;
                }

                sep = '-';
            }
            else
            {
                if (k >= text.Length || text[k] is not ('-' or '.'))
                {
                    return 0;
                }

                sep = text[k];
                k++;
            }

            if (CountAsciiDigits(text, k) != 3)
            {
                return 0;
            }

            k += 3;
            if (k >= text.Length || text[k] != sep || CountAsciiDigits(text, k + 1) != 4)
            {
                return 0;
            }

            k += 5;
            return IsLetterOrDigitAt(text, k) ? 0 : k - i;
        }

        return 0;
    }

    private static int MatchInternationalPhone(ReadOnlySpan<char> text, int i)
    {
        int k = i + 1;
        int digits = 0;
        int groups = 0;
        int end = 0;
        while (k < text.Length)
        {
            int n = CountAsciiDigits(text, k);
            if (n == 0 || n > 4 && groups > 0)
            {
                break;
            }

            digits += n;
            groups++;
            k += n;
            end = k;
            if (k + 1 < text.Length && text[k] is ' ' or '-' or '.' && IsAsciiDigit(text[k + 1]))
            {
                k++;
                continue;
            }

            break;
        }

        return groups >= 2 && digits is >= 8 and <= 15 && !IsLetterOrDigitAt(text, end) ? end - i : 0;
    }
}
