using TextClean.Tokenization;

namespace TextClean.Normalizers.Names;

/// <summary>
/// Questions the name rules ask about the tokens around a position: sentence starts, spacing, capitalization.
/// A view over the caller's text and tokens; it copies nothing.
/// </summary>
internal readonly ref struct NameContext
{
    private readonly ReadOnlySpan<char> _text;

    public NameContext(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        _text = text;
        Tokens = tokens;
    }

    /// <summary>The tokens of the text.</summary>
    public ReadOnlySpan<Token> Tokens { get; }

    /// <summary>The word without a final dot and without a possessive 's: <c>Mr.</c> → <c>Mr</c>, <c>BLAIR's</c> → <c>BLAIR</c>.</summary>
    public ReadOnlySpan<char> Core(int i)
    {
        var word = Tokens[i].GetText(_text);
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }

        if (word.Length > 2 && (word[^1] == 's' || word[^1] == 'S') && (word[^2] == '\'' || word[^2] == '\u2019'))
        {
            word = word[..^2];
        }

        return word;
    }

    /// <summary>Text of token i.</summary>
    public ReadOnlySpan<char> TextOf(int i) => Tokens[i].GetText(_text);

    /// <summary>A word that starts with a lower-case letter.</summary>
    public bool IsLowerWord(int i) => Tokens[i].Kind == TokenKind.Word && char.IsLower(_text[Tokens[i].Start]);

    /// <summary>
    /// The first token, or one after a line break, after <c>. ! ? :</c>, a quote or bracket, or a signature dash or slash.
    /// </summary>
    public bool IsSentenceStart(int i)
    {
        if (i <= 0)
        {
            return true;
        }

        var previous = Tokens[i - 1];
        int start = Tokens[i].Start;
        if (previous.End != start && HasLineBreak(previous.End, start))
        {
            return true;
        }

        if (previous.Kind is not (TokenKind.Punctuation or TokenKind.Symbol) || IsInitialDot(i - 1))
        {
            return false; // the dot of "John F. Kennedy" ends no sentence
        }

        char last = _text[previous.End - 1];
        return last is '.' or '!' or '?' or ':' or '"' or '\u201C' or '\u201D' or '(' or '[' or '-' or '\u2014' or '/' or '|' or '_';
    }

    /// <summary>
    /// The index just past the sentence that starts at token i; <paramref name="headline"/> is true when nearly every
    /// word in it is capitalized (Title Case or all caps), where a capital letter says nothing about names.
    /// </summary>
    public int SentenceEnd(int i, out bool headline)
    {
        int words = 0;
        int lower = 0;
        var tokens = Tokens;
        int j = i + 1;
        for (; j < tokens.Length; j++)
        {
            // IsSentenceStart(j), with its common case inline: after a word, only a line break starts a sentence.
            Token token = tokens[j];
            Token previous = tokens[j - 1];
            bool start = previous.Kind is TokenKind.Punctuation or TokenKind.Symbol
                ? IsSentenceStart(j)
                : previous.End != token.Start && HasLineBreak(previous.End, token.Start);
            if (start)
            {
                break;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            char first = _text[token.Start];
            if (!char.IsLetter(first))
            {
                continue;
            }

            words++;
            if (char.IsLower(first))
            {
                lower++;
            }
        }

        headline = words >= 3 && lower * 6 < words;
        return j;
    }

    /// <summary>A capitalized honorific word: <c>Mr.</c>, <c>Dr</c>, <c>Prof.</c>.</summary>
    public bool IsHonorific(int i) =>
        Tokens[i].Kind == TokenKind.Word && char.IsUpper(_text[Tokens[i].Start]) && NameWords.IsHonorific(Core(i))
        && (IsDotted(i) || WordShapes.Of(Core(i)) != WordShape.Upper); // "MS IE", "DR ROM" are not titles; "MR." is

    /// <summary>The word after the honorific at i (past a separate dot), or -1.</summary>
    public int AfterHonorific(int i)
    {
        int j = i + 1;
        if (j < Tokens.Length && IsDot(j) && Gap(i, j).IsEmpty)
        {
            i = j;
        }

        return NextWord(i);
    }

    /// <summary>The next token if it is a word on the same line after spaces, else -1.</summary>
    public int NextWord(int i)
    {
        int j = i + 1;
        return j < Tokens.Length && Tokens[j].Kind == TokenKind.Word && IsSpaceBetween(i, j) ? j : -1;
    }

    /// <summary>A single upper-case letter: a middle or first initial.</summary>
    public bool IsInitial(int i) =>
        Tokens[i].Kind == TokenKind.Word && Tokens[i].Length == 1 && char.IsUpper(_text[Tokens[i].Start]);

    /// <summary>The last token of the initial at i: its dot if one touches it, else i.</summary>
    public int InitialEnd(int i) => i + 1 < Tokens.Length && IsDot(i + 1) && Gap(i, i + 1).IsEmpty ? i + 1 : i;

    /// <summary>The dot of an initial: <c>.</c> right after a single capital letter.</summary>
    public bool IsInitialDot(int i) => i > 0 && IsDot(i) && IsInitial(i - 1) && Gap(i - 1, i).IsEmpty;

    /// <summary>Tokens a and b are separated by one or two spaces: words of one phrase, not columns of a table.</summary>
    public bool IsSpaceBetween(int a, int b)
    {
        var gap = Gap(a, b);
        return gap.Length is 1 or 2 && !gap.ContainsAnyExcept(' ');
    }

    /// <summary>Token i ends in a possessive 's: "John's" ends the name ("John's Book" is no surname).</summary>
    public bool IsPossessive(int i) => Core(i).Length < Tokens[i].Length && !IsDotted(i);

    /// <summary>Tokens a and b touch or are separated by spaces or tabs only.</summary>
    public bool IsSpaceOrTouching(int a, int b) => !Gap(a, b).ContainsAnyExcept(' ', '\t');

    /// <summary>The token before i is a capitalized word of the same sentence: i is inside a capitalized phrase.</summary>
    public bool IsCapitalizedWordBefore(int i) =>
        i > 0 && !IsSentenceStart(i) && Tokens[i - 1].Kind == TokenKind.Word && IsSpaceBetween(i - 1, i)
        && WordShapes.Of(Core(i - 1)) is WordShape.Title or WordShape.Upper;

    /// <summary>The token after i is a capitalized word on the same line.</summary>
    public bool IsCapitalizedWordAfter(int i)
    {
        int j = NextWord(i);
        return j >= 0 && WordShapes.Of(Core(j)) is WordShape.Title or WordShape.Upper or WordShape.Initial;
    }

    /// <summary>The token before i is a lower-case word that is not a determiner ("asked Will", not "the Bill"), or a comma.</summary>
    public bool IsAfterPlainWord(int i)
    {
        if (i == 0 || !IsSpaceBetween(i - 1, i))
        {
            return false;
        }

        return IsComma(i - 1) || (IsLowerWord(i - 1) && !NameWords.IsDeterminer(Core(i - 1)));
    }

    /// <summary>
    /// Token i closes a greeting or a sign-off: after a comma, a greeting or a signature dash, and followed by the end,
    /// a line break or <c>, . ! :</c> ("Thanks, Bill.", "Hi Grace,", "-- Will").
    /// </summary>
    public bool IsClosingAddress(int i)
    {
        bool opened = i > 0 && (IsComma(i - 1) || (Tokens[i - 1].Kind == TokenKind.Word && NameWords.IsGreeting(Core(i - 1)))
            || (IsSentenceStart(i) && Tokens[i - 1].Kind is TokenKind.Punctuation or TokenKind.Symbol && _text[Tokens[i - 1].Start] is '-' or '/' or '\u2014'));
        if (!opened)
        {
            return false;
        }

        int j = i + 1;
        if (j >= Tokens.Length || Gap(i, j).ContainsAny('\n', '\r'))
        {
            return true;
        }

        return Tokens[j].Kind == TokenKind.Punctuation && _text[Tokens[j].Start] is ',' or '.' or '!' or ':' && Gap(i, j).IsEmpty;
    }

    /// <summary>Token i ends the text or its line, or punctuation or a lower-case function word follows it.</summary>
    public bool IsClauseBoundaryAfter(int i)
    {
        int j = i + 1;
        if (j >= Tokens.Length || Gap(i, j).ContainsAny('\n', '\r') || Tokens[j].Kind == TokenKind.Punctuation)
        {
            return true;
        }

        return IsLowerWord(j) && IsSpaceBetween(i, j) && (NameWords.IsFunctionWord(Core(j)) || NameWords.IsReportingVerb(Core(j)));
    }

    /// <summary>A bracket or quote that can open an address: <c>&lt; ( [ "</c>.</summary>
    public bool IsOpeningMark(int i) => Tokens[i].Length == 1 && _text[Tokens[i].Start] is '<' or '(' or '[' or '"';

    /// <summary>The token before i ends a list item or a header field: <c>, : " ( [</c> or a dash.</summary>
    public bool IsListSeparatorBefore(int i) =>
        i > 0 && Tokens[i - 1].Kind is TokenKind.Punctuation or TokenKind.Symbol
        && _text[Tokens[i - 1].End - 1] is ',' or ':' or '"' or '(' or '[' or '-' or '\u2014' or '/';

    /// <summary>A comma token.</summary>
    public bool IsComma(int i) => Tokens[i].Kind == TokenKind.Punctuation && Tokens[i].Length == 1 && _text[Tokens[i].Start] == ',';

    private bool IsDotted(int i) => _text[Tokens[i].End - 1] == '.' || (i + 1 < Tokens.Length && IsDot(i + 1) && Gap(i, i + 1).IsEmpty);

    private bool IsDot(int i) => Tokens[i].Kind == TokenKind.Punctuation && Tokens[i].Length == 1 && _text[Tokens[i].Start] == '.';

    private ReadOnlySpan<char> Gap(int a, int b) => _text[Tokens[a].End..Tokens[b].Start];

    /// <summary>Whether the text from <paramref name="start"/> to <paramref name="end"/> holds a line break (<c>\n</c> or <c>\r</c>).</summary>
    /// <remarks>Most gaps between tokens are empty or one space, which a loop answers faster than a search.</remarks>
    public bool HasLineBreak(int start, int end)
    {
        if (end - start > 4)
        {
            return _text[start..end].ContainsAny('\n', '\r');
        }

        for (int k = start; k < end; k++)
        {
            if (_text[k] is '\n' or '\r')
            {
                return true;
            }
        }

        return false;
    }
}
