using TextClean.Tokenization;

namespace TextClean.Normalizers.Names;

/// <summary>
/// Finds people's names among tokens with rules: a first-name gazetteer, capitalization, honorifics (Mr., Dr. ...),
/// surnames and initials after a first name, attribution lines ("X wrote:", "X &lt;x@y&gt;"), and care for first
/// names that are also words (May, Will, Bill, Mark ...). No model, no allocation per call.
/// </summary>
/// <remarks>Thread-safe and immutable; the gazetteer is loaded once, on first use of <see cref="Default"/>.</remarks>
public sealed class NameRecognizer
{
    // A first name takes at most this many following surnames or initials ("John F. Kennedy", "Gary Lawrence Murphy").
    private const int MaxNameParts = 3;

    // Words before an e-mail address or a reporting verb that can form a name ("R. A. Hettinga wrote:").
    private const int MaxAttributionParts = 5;

    // Not yet worked out (see IsHeadline).
    private const int Unknown = -1;

    private static readonly Lazy<NameRecognizer> Instance = new(() => new NameRecognizer(new NameGazetteer()));

    private readonly NameGazetteer _gazetteer;

    private NameRecognizer(NameGazetteer gazetteer)
    {
        _gazetteer = gazetteer;
    }

    /// <summary>The shared recognizer with the built-in gazetteer.</summary>
    public static NameRecognizer Default => Instance.Value;

    /// <summary>
    /// Sets <c>names[i]</c> to true when <c>tokens[i]</c> is (part of) a person's name and to false otherwise.
    /// Honorifics stay outside the name; the dot of an initial inside a name is part of it.
    /// </summary>
    /// <param name="text">The text the tokens were made from.</param>
    /// <param name="tokens">The tokens of <paramref name="text"/>, in order (from <see cref="Tokenizer"/>).</param>
    /// <param name="names">Receives one flag per token; at least as long as <paramref name="tokens"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="names"/> is shorter than <paramref name="tokens"/>.</exception>
    public void Mark(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<bool> names)
    {
        if (names.Length < tokens.Length)
        {
            throw new ArgumentException("names must have one flag per token.", nameof(names));
        }

        names = names[..tokens.Length];
        names.Clear();
        var context = new NameContext(text, tokens);

        // The sentence in force opens at the first token, and then at token i as soon as a token after the opening one, up
        // to i, starts a sentence: normally i itself, or, after a name that ran on, one of the tokens the name covered.
        // Whether it reads as a headline is only worked out when a rule asks.
        int sentence = 0;
        int headline = Unknown;
        int checkedTo = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i > checkedTo)
            {
                bool opens = false;
                for (int j = checkedTo + 1; j <= i && !opens; j++)
                {
                    // IsSentenceStart(j), with its common case inline: after a word, only a line break starts a sentence.
                    Token previous = tokens[j - 1];
                    int start = tokens[j].Start;
                    opens = previous.Kind is TokenKind.Punctuation or TokenKind.Symbol
                        ? context.IsSentenceStart(j)
                        : previous.End != start && context.HasLineBreak(previous.End, start);
                }

                checkedTo = i;
                if (opens)
                {
                    sentence = i;
                    headline = Unknown;
                }
            }

            if (names[i])
            {
                continue;
            }

            Token token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                if (token.Kind == TokenKind.Email)
                {
                    MarkAttribution(context, i, names);
                }

                continue;
            }

            // Only a capitalized word can be an honorific or a first name; a lower-case one can only be a reporting verb.
            char first = text[token.Start];
            if (!char.IsUpper(first))
            {
                if (char.IsLower(first) && NameWords.MayBeReportingVerb(first) && NameWords.IsReportingVerb(context.Core(i)))
                {
                    MarkAttribution(context, i, names);
                }

                continue;
            }

            if (context.IsHonorific(i))
            {
                int next = context.AfterHonorific(i);
                if (next > 0 && IsSurname(context, next, i))
                {
                    i = MarkName(context, next, names);
                }

                continue;
            }

            if (IsFirstName(context, i, sentence, ref headline))
            {
                i = MarkName(context, i, names);
            }
        }
    }

    // Whether the sentence that opens at token `sentence` is a headline (see NameContext.SentenceEnd), worked out once.
    private static bool IsHeadline(in NameContext context, int sentence, ref int headline)
    {
        if (headline == Unknown)
        {
            context.SentenceEnd(sentence, out bool isHeadline);
            headline = isHeadline ? 1 : 0;
        }

        return headline == 1;
    }

    // A capitalized gazetteer name that, in this place, is a name and not a word.
    private bool IsFirstName(in NameContext context, int i, int sentence, ref int headline)
    {
        // The gazetteer first: its filter turns most capitalized words away before their shape is worked out.
        var core = context.Core(i);
        if (!_gazetteer.IsFirstName(core))
        {
            return false;
        }

        var shape = WordShapes.Of(core);
        if ((shape != WordShape.Title && shape != WordShape.Upper) || NameWords.IsNotFirstName(core))
        {
            return false;
        }

        // The second word of a place: "San Francisco", "Los Angeles", "New York".
        if (context.IsCapitalizedWordBefore(i) && NameWords.IsNotFirstName(context.Core(i - 1)))
        {
            return false;
        }

        if (_gazetteer.IsAmbiguous(core) && !NameWords.IsMostlyName(core))
        {
            // Shouted words are not names: "WILL WORK FOR YOU", "for FREE".
            return shape == WordShape.Title && IsAmbiguousName(context, i, IsHeadline(context, sentence, ref headline));
        }

        if (NameWords.IsFunctionWord(core))
        {
            return false;
        }

        // An all-caps word is a name only with an all-caps surname: "JOHN CHRISTY", not "AVERILL PARK AND ...".
        return shape == WordShape.Title || HasSurname(context, i);
    }

    // A first name that is also an English word needs evidence beyond its capital letter.
    private bool IsAmbiguousName(in NameContext context, int i, bool headline)
    {
        if (headline)
        {
            return false; // Title Case or all caps: "We Will Shop The Best", "WILL ASSIST US"
        }

        bool sentenceStart = context.IsSentenceStart(i);
        bool functionWord = NameWords.IsFunctionWord(context.Core(i));
        int next = i + 1;
        if (next < context.Tokens.Length && context.IsLowerWord(next) && NameWords.IsReportingVerb(context.Core(next)) && context.IsSpaceBetween(i, next))
        {
            return true; // "Will wrote:"
        }

        if (functionWord)
        {
            return context.IsClosingAddress(i); // "My Own Email", "Hi Justin", "Even if": only "Thanks, Hi." style
        }

        if (HasSurname(context, i))
        {
            // "Will Alan Cox go to jail?": an auxiliary before a first name is the verb.
            int surname = context.NextWord(i);
            if (sentenceStart && NameWords.IsAuxiliary(context.Core(i)) && surname >= 0 && _gazetteer.IsFirstName(context.Core(surname)))
            {
                return false;
            }

            // Inside a longer capitalized phrase ("New York Times", "Red Hat Linux") it is part of that phrase.
            return sentenceStart || !context.IsCapitalizedWordBefore(i);
        }

        if (context.IsClosingAddress(i))
        {
            return true; // "Thanks, Bill." / "-- Grace" / "Hi Will,"
        }

        // Mid-sentence, capitalized, after a plain word, before punctuation or a function word: "I asked Will about it",
        // "for Marla and Jack..."; not a capitalized modifier ("regional Bell operating companies", "Meta tags").
        return !sentenceStart && context.IsAfterPlainWord(i) && !context.IsCapitalizedWordAfter(i) && context.IsClauseBoundaryAfter(i);
    }

    // True if a surname or initials plus a surname follow token i.
    private static bool HasSurname(in NameContext context, int i)
    {
        if (context.IsPossessive(i))
        {
            return false;
        }

        int j = context.NextWord(context.IsInitial(i) ? context.InitialEnd(i) : i);
        while (j >= 0 && context.IsInitial(j))
        {
            j = context.NextWord(context.InitialEnd(j));
        }

        return j >= 0 && IsSurname(context, j, i);
    }

    // A word that can continue or, after an honorific, start a name: capitalized like the name so far, not a
    // function word, honorific, organization word, month or day.
    private static bool IsSurname(in NameContext context, int j, int previous)
    {
        if (context.Tokens[j].Kind != TokenKind.Word || context.Tokens[j].Has(TokenFlags.HasDigits))
        {
            return false;
        }

        var core = context.Core(j);
        var shape = WordShapes.Of(core);
        // A surname is written like the word before it: "JOHN CHRISTY", "John Smith", not "MARLA Deal".
        var previousShape = WordShapes.Of(context.Core(previous));
        bool shapeFits = previousShape switch
        {
            WordShape.Title => shape == WordShape.Title,
            WordShape.Upper => shape == WordShape.Upper,
            _ => shape is WordShape.Title or WordShape.Upper,
        };
        return shapeFits && !NameWords.IsFunctionWord(core) && !NameWords.IsHonorific(core) && !NameWords.IsNotSurname(core)
            && !NameWords.IsNotFirstName(core) && !NameWords.IsReportingVerb(core);
    }

    // Marks the name that starts at token start and its following initials and surnames; returns its last token.
    private static int MarkName(in NameContext context, int start, Span<bool> names)
    {
        names[start] = true;
        int last = start;
        for (int parts = 0; parts < MaxNameParts && !context.IsPossessive(last); parts++)
        {
            int j = context.NextWord(last);
            if (j < 0)
            {
                break;
            }

            if (context.IsInitial(j))
            {
                if (!HasSurname(context, j))
                {
                    break;
                }

                int end = context.InitialEnd(j);
                names[j..(end + 1)].Fill(true);
                last = end;
                continue;
            }

            if (!IsSurname(context, j, last))
            {
                break;
            }

            names[j] = true;
            last = j;
        }

        return last;
    }

    // An attribution: the capitalized words right before "wrote"/"said" or an e-mail address are a name,
    // gazetteer or not ("Coy Krill wrote:", "J C Lawrence <claw@...>"); "Patton, Tony wrote:" is one inverted name.
    private void MarkAttribution(in NameContext context, int anchor, Span<bool> names)
    {
        int end = anchor - 1;
        if (context.Tokens[anchor].Kind == TokenKind.Email)
        {
            // Only a bracketed address names the words before it: "Name <a@b>", "Name (a@b)", To: "Name" <a@b>;
            // "Use bugs@example.com" does not.
            while (end >= 0 && end >= anchor - 2 && context.Tokens[end].Kind is TokenKind.Punctuation or TokenKind.Symbol && context.IsOpeningMark(end))
            {
                end--;
            }

            if (end == anchor - 1 || !context.IsOpeningMark(anchor - 1) || context.TextOf(anchor - 1)[0] == '"')
            {
                return;
            }
        }

        int first = -1;
        int words = 0;
        for (int k = end; k >= 0 && anchor - k <= MaxAttributionParts * 2; k--)
        {
            if (!context.IsSpaceOrTouching(k, k + 1))
            {
                break;
            }

            if (context.Tokens[k].Kind == TokenKind.Punctuation && context.IsInitialDot(k))
            {
                continue;
            }

            if (context.Tokens[k].Kind != TokenKind.Word || !IsAttributionWord(context, k))
            {
                break;
            }

            first = k;
            words++;
            if (words == MaxAttributionParts)
            {
                break;
            }
        }

        if (first < 0 || context.IsInitial(end) || !(context.IsSentenceStart(first) || context.IsListSeparatorBefore(first)))
        {
            return;
        }

        // "Microsoft said": one unknown word is a name only in a mail attribution ("Yen wrote:", "Yen <y@z>").
        if (first == end && !_gazetteer.IsFirstName(context.Core(first)) && context.Tokens[anchor].Kind != TokenKind.Email
            && !NameWords.IsMailAttributionVerb(context.Core(anchor)))
        {
            return;
        }

        // "Quoting John P. Looney (valen@...)": an unknown word before a first name and a surname is not part of the
        // name; "Conor Wynne" (unknown first name, the surname happens to be a first name) stays whole.
        if (WordShapes.Of(context.Core(first)) == WordShape.Title && !_gazetteer.IsFirstName(context.Core(first)))
        {
            for (int k = first + 1; k < end; k++)
            {
                if (WordShapes.Of(context.Core(k)) == WordShape.Title && _gazetteer.IsFirstName(context.Core(k)) && !NameWords.IsNotFirstName(context.Core(k)))
                {
                    first = k;
                    break;
                }
            }
        }

        names[first..(end + 1)].Fill(true);

        // "Patton, Tony wrote:": a lone surname and a comma at the sentence start before a single first name.
        int comma = first - 1;
        if (first == end && comma >= 1 && _gazetteer.IsFirstName(context.Core(first)) && context.IsComma(comma) && context.IsSentenceStart(comma - 1)
            && context.Tokens[comma - 1].Kind == TokenKind.Word && IsAttributionWord(context, comma - 1))
        {
            names[(comma - 1)..first].Fill(true);
        }
    }

    private static bool IsAttributionWord(in NameContext context, int k)
    {
        if (context.IsInitial(k))
        {
            return true; // "A" of "R. A. Hettinga" is an initial, not the article
        }

        var core = context.Core(k);
        var shape = WordShapes.Of(core);
        return shape != WordShape.Other && !context.Tokens[k].Has(TokenFlags.HasDigits) && !NameWords.IsFunctionWord(core)
            && !NameWords.IsHonorific(core) && !NameWords.IsNotSurname(core) && !NameWords.IsCalendarWord(core);
    }
}
