using System.Runtime.CompilerServices;

namespace TextClean.Tokenization;

/// <summary>
/// Enumerates the tokens of a span without allocating, in the manner of <see cref="System.Text.SpanLineEnumerator"/>:
/// <c>foreach (var token in tokenizer.Tokenize(text))</c>. Each <see cref="Current"/> is a small struct with offsets into the input.
/// </summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly ScanModes _modes;
    private int _position;
    private Token _current;
    private Token _pending;

    internal TokenEnumerator(ReadOnlySpan<char> text, ScanModes modes)
    {
        _text = text;
        _modes = modes;
    }

    /// <summary>The token at the current position.</summary>
    public readonly Token Current => _current;

    /// <summary>The text being tokenized; token offsets point into it.</summary>
    public readonly ReadOnlySpan<char> Text => _text;

    /// <summary>Returns this enumerator, so it can be used in <c>foreach</c>.</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="true"/> if there is a token; <see langword="false"/> at the end of the text.</returns>
    // Never inlined into the caller's loop: profile-guided inlining there made whole-corpus runs swing between
    // 200 and 350 MB/s from one process to the next; out of line the scan loop keeps its registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public bool MoveNext()
    {
        if (_pending.Length > 0)
        {
            _current = _pending;
            _pending = default;
            return true;
        }

        var text = _text;
        int i = _position;
        char c;
        byte cls = 0;
        while (true)
        {
            if ((uint)i >= (uint)text.Length)
            {
                _position = i;
                return false;
            }

            c = text[i];
            if (c < 128)
            {
                cls = CharClass.Ascii[c];
                if ((cls & CharClass.Separator) == 0)
                {
                    break;
                }

                // Plain ASCII whitespace not followed by a combining mark: the overwhelmingly common gap between tokens.
                if (i + 1 >= text.Length || text[i + 1] < 0x300)
                {
                    i++;
                    continue;
                }
            }

            int skipped = TokenScanner.SkipSeparators(text, i);
            if (skipped == i)
            {
                break;
            }

            i = skipped;
        }

        if (c >= 128 || !TryScanPlain(text, i, c, cls, _modes, out var token))
        {
            token = TokenScanner.Scan(text, i, _modes);
            _position = token.End;
            if ((_modes & ScanModes.SplitContractions) != 0 && (token.Flags & TokenFlags.Apostrophe) != 0)
            {
                token = SplitContraction(token);
            }
        }
        else
        {
            _position = token.End;
        }

        _current = token;
        return true;
    }

    // The fast path: an ASCII word, number or lone punctuation mark that ends at ASCII nothing can join across.
    // Anything else (URLs, e-mails, hyphens, apostrophes, money, emoji, other scripts) takes TokenScanner.Scan.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryScanPlain(ReadOnlySpan<char> text, int i, char c, byte cls, ScanModes modes, out Token token)
    {
        if ((cls & CharClass.Letter) != 0)
        {
            int end = AsciiRuns.LettersAndDigits(text, i + 1, out bool hasDigits);
            var flags = hasDigits ? TokenFlags.HasDigits : TokenFlags.None;
            if (end + 1 < text.Length && text[end] is '-' or '\'' && (modes & (ScanModes.SplitHyphens | ScanModes.SplitContractions)) == 0)
            {
                end = JoinCompound(text, end, ref flags);
            }

            // After a compound, '%' may still continue an e-mail local part ("a-b%c@d.org"): only plain words end there plainly.
            bool plainEnd = end >= text.Length
                || (text[end] < 128 && (CharClass.AsciiFast[text[end]] & CharClass.EndsWordPlainly) != 0
                    && (text[end] != '%' || (flags & ~TokenFlags.HasDigits) == 0));
            if ((plainEnd || EndsAtPlainMark(text, i, end))
                && !((flags & TokenFlags.HasDigits) != 0 && (modes & ScanModes.SplitLettersFromDigits) != 0))
            {
                token = new Token(i, end - i, TokenKind.Word, flags);
                return true;
            }
        }
        else if ((cls & CharClass.Digit) != 0)
        {
            int end = AsciiRuns.Digits(text, i + 1);
            if (end >= text.Length || (text[end] < 128 && ((CharClass.AsciiFast[text[end]] & CharClass.EndsNumberPlainly) != 0
                || (CharClass.Ascii[text[end]] & CharClass.Letter) != 0 && IsPlainUnit(text, end, modes)
                || EndsAtNumberMark(text, end))))
            {
                token = new Token(i, end - i, TokenKind.Number);
                return true;
            }
        }
        else if ((cls & (CharClass.Punct | CharClass.Symbol)) != 0)
        {
            char next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (next != c && next < 0x300)
            {
                if ((c == '<' && (uint)(next - 'A') <= 'Z' - 'A' && (modes & ScanModes.Placeholders) != 0)
                    || (c == ':' && EmojiShortcodes.MayStartWith(next) && (modes & ScanModes.Shortcodes) != 0))
                {
                    // Maybe a placeholder ("<NUM>") or a shortcode (":smile:"): the full scan decides.
                    token = default;
                    return false;
                }

                if (c is '=' or '<' or '>' or ':' or ';' or '^' && (modes & ScanModes.Emoticons) != 0 && Emoticons.MayStartWith(c, next))
                {
                    int emoticon = Emoticons.Match(text, i);
                    if (i + emoticon < text.Length && text[i + emoticon] >= 0x300)
                    {
                        // A combining mark or tag after the emoticon joins its cluster: the full scan aligns the end.
                        token = default;
                        return false;
                    }

                    token = emoticon > 0
                        ? new Token(i, emoticon, TokenKind.Emoticon)
                        : new Token(i, 1, (cls & CharClass.Symbol) != 0 ? TokenKind.Symbol : TokenKind.Punctuation);
                    return true;
                }

                if (!MayStartSpecial(c, next))
                {
                    token = new Token(i, 1, (cls & CharClass.Symbol) != 0 ? TokenKind.Symbol : TokenKind.Punctuation);
                    return true;
                }
            }
        }

        token = default;
        return false;
    }

    // Whether punctuation c followed by next may begin something longer than itself: a run of ! and ?, an emoticon,
    // a signed number, money, a hashtag or mention, a phone number in parentheses, or a detached clitic.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayStartSpecial(char c, char next)
    {
        if (c == '\'')
        {
            // Maybe a clitic on its own, as split text writes it ("I 'm"): the full scan decides.
            return next is 's' or 'S' or 'm' or 'M' or 'd' or 'D' or 'l' or 'L' or 'r' or 'R' or 'v' or 'V';
        }

        if ((CharClass.AsciiFast[c] & CharClass.StandsAlone) != 0)
        {
            return false;
        }

        bool nextIsWordChar = next >= 128 || (CharClass.Ascii[next] & CharClass.LetterOrDigit) != 0 || next == '_';
        return c switch
        {
            '!' or '?' => next is '!' or '?',
            '-' or '+' or '$' or '(' => (uint)(next - '0') <= 9,
            '#' or '@' => nextIsWordChar,
            _ => false,
        };
    }

    // "1,", "2. ", "10-" followed by no digit: the separator cannot continue the number (no decimal, time, date,
    // fraction or phone number), so the number ends before it.
    private static bool EndsAtNumberMark(ReadOnlySpan<char> text, int end) =>
        text[end] is ',' or '.' or ':' or '-' or '/' && (end + 1 >= text.Length || (text[end + 1] < 0x300 && (uint)(text[end + 1] - '0') > 9));

    // "state-of-the-art", "don't", "rock'n'roll": ASCII letters joined by hyphens or apostrophes, each followed by a letter.
    // Where the compound stops at anything but a plain gap or mark, the caller falls back to the full scan
    // (which also looks for an e-mail address such as "john-doe@example.com").
    private static int JoinCompound(ReadOnlySpan<char> text, int end, ref TokenFlags flags)
    {
        while (end + 1 < text.Length && text[end] is '-' or '\'' && (uint)((text[end + 1] | 0x20) - 'a') <= 25)
        {
            flags |= text[end] == '-' ? TokenFlags.Hyphenated : TokenFlags.Apostrophe;
            end = AsciiRuns.LettersAndDigits(text, end + 2, out bool hasDigits);
            if (hasDigits)
            {
                flags |= TokenFlags.HasDigits;
            }
        }

        return end;
    }

    // "end. ", "don' ", "well- ", "Note: ": a full stop, apostrophe, hyphen or colon followed by a plain mark or a gap
    // cannot join the word to anything (no URL, e-mail, initials, contraction or compound), so the word ends there;
    // only a known abbreviation ("Dr. ") keeps its dot and needs the full scan.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool EndsAtPlainMark(ReadOnlySpan<char> text, int start, int end)
    {
        char stop = text[end];
        if (stop is not ('.' or '\'' or '-' or ':'))
        {
            return false;
        }

        char after = end + 1 < text.Length ? text[end + 1] : ' ';
        if (after >= 128 || (CharClass.AsciiFast[after] & CharClass.EndsWordPlainly) == 0 || after is '%' or '/')
        {
            return false;
        }

        return stop != '.' || !Abbreviations.IsKnown(text[start..end]);
    }

    // Digits followed by ASCII letters that are a unit, not an ordinal or am/pm: "3D", "20px", "54euros" end the number
    // before the letters (unless the options keep them together).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsPlainUnit(ReadOnlySpan<char> text, int letters, ScanModes modes)
    {
        if ((modes & ScanModes.KeepNumbersWithLetters) != 0)
        {
            return false;
        }

        int end = letters + 1;
        while (end < text.Length && text[end] < 128 && (CharClass.Ascii[text[end]] & CharClass.Letter) != 0)
        {
            end++;
        }

        if (end - letters != 2)
        {
            return end >= text.Length || text[end] < 128;
        }

        // Two letters: could be 1st/2nd/3rd/4th or 5pm; leave those to the full scan.
        char a = (char)(text[letters] | 0x20);
        char b = (char)(text[letters + 1] | 0x20);
        return !(a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h' || (a is 'a' or 'p' && b == 'm'))
            && (end >= text.Length || text[end] < 128);
    }

    private Token SplitContraction(Token token)
    {
        int split = Contractions.SplitPoint(token.GetText(_text));
        if (split <= 0)
        {
            return token;
        }

        var rest = token.Flags & ~TokenFlags.Apostrophe;
        _pending = new Token(token.Start + split, token.Length - split, TokenKind.Word, rest | TokenFlags.Clitic);
        return new Token(token.Start, split, TokenKind.Word, rest);
    }
}
