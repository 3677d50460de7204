using TextClean.Text;
using TextClean.Tokenization;

namespace TextClean.Pipeline;

/// <summary>
/// The one token pass: tokenizes once, lets the normalizer that owns each token's kind decide it, lets transforms (case)
/// rewrite the result, and writes the output in one buffer. Between tokens it copies the text as it is, except where a
/// token was removed: there it writes one separator (a space, or the line break that was there), so words never glue.
/// </summary>
internal sealed class TokenPass
{
    [ThreadStatic]
    private static TokenBuffer? t_wordCheck;

    [ThreadStatic]
    private static TokenBuffer? t_wordCheckOther;

    private readonly Tokenizer _tokenizer;
    private readonly (Normalizer Normalizer, int MarkSlot)[][] _deciders;
    private readonly Normalizer[][] _transforms;
    private readonly Normalizer[] _markers;

    public TokenPass(Tokenizer tokenizer, IReadOnlyList<Normalizer> normalizers)
    {
        _tokenizer = tokenizer;
        _markers = [.. normalizers.Where(n => n.NeedsMarks)];
        int kinds = Enum.GetValues<TokenKind>().Length;
        _deciders = new (Normalizer, int)[kinds][];
        _transforms = new Normalizer[kinds][];
        var ordered = normalizers.Select((n, i) => (n, i)).OrderBy(p => p.n.DecisionPriority).ThenBy(p => p.i).Select(p => p.n).ToArray();
        for (int k = 0; k < kinds; k++)
        {
            var kind = (TokenKind)k;
            _deciders[k] = [.. ordered.Where(n => n.Decides(kind)).Select(n => (n, Array.IndexOf(_markers, n)))];
            _transforms[k] = [.. normalizers.Where(n => n.Transforms(kind))];
        }

        IsActive = _deciders.Any(d => d.Length > 0) || _transforms.Any(t => t.Length > 0);
    }

    /// <summary>Whether the transforms of words leave nothing of <paramref name="word"/> (a stop word).</summary>
    public bool RemovesWord(ReadOnlySpan<char> word)
    {
        var transforms = _transforms[(int)TokenKind.Word];
        if (transforms.Length == 0)
        {
            return false;
        }

        // Called in the middle of a pass, so it has buffers of its own.
        return ApplyTransforms(transforms, word, t_wordCheck ??= new TokenBuffer(), t_wordCheckOther ??= new TokenBuffer(), false, out _).IsEmpty;
    }

    // Applies the transforms in turn to `text`, each writing into whichever of the two buffers does not hold its input; returns
    // the final text (`text` itself when none changed it) and who changed it (every name with `nameEvery`, else the last).
    private static ReadOnlySpan<char> ApplyTransforms(
        Normalizer[] transforms, ReadOnlySpan<char> text, TokenBuffer first, TokenBuffer second, bool nameEvery, out string? transformedBy)
    {
        transformedBy = null;
        TokenBuffer? holder = null;
        foreach (var transform in transforms)
        {
            var next = ReferenceEquals(holder, first) ? second : first;
            next.Clear();
            if (transform.Transform(text, next))
            {
                text = next.Written;
                holder = next;
                transformedBy = transformedBy is null || !nameEvery ? transform.Name : $"{transformedBy}+{transform.Name}";
            }
        }

        return text;
    }

    /// <summary>Whether any normalizer takes part in the token pass.</summary>
    public bool IsActive { get; }

    /// <summary>
    /// Runs the pass; returns <paramref name="text"/> itself when nothing changes. <paramref name="settled"/> is false when a
    /// rewrite touched a neighbouring token, so that another round might read the pair differently.
    /// </summary>
    public string Run(string text, List<TextEdit>? edits, out bool settled)
    {
        var session = CleanSession.Rent();
        try
        {
            return Run(text, session, edits, out settled);
        }
        finally
        {
            CleanSession.Return(session);
        }
    }

    private string Run(string text, CleanSession session, List<TextEdit>? edits, out bool settled)
    {
        settled = true;
        var source = text.AsSpan();
        int count = _tokenizer.Tokenize(source, session.Tokens);
        if (count == session.Tokens.Length)
        {
            // Never more tokens than characters.
            session.Tokens = new Token[text.Length + 1];
            count = _tokenizer.Tokenize(source, session.Tokens);
        }

        var tokens = session.Tokens.AsSpan(0, count);
        for (int m = 0; m < _markers.Length; m++)
        {
            var marks = session.MarksFor(m, count);
            _markers[m].Mark(source, tokens, marks);
        }

        var output = new OutputWriter(session, text, edits);
        int lastEnd = -1;
        string? removedBy = null;
        int firstRemoved = 0;
        int lastRemovedEnd = 0;
        bool previousChanged = false;
        int lastKept = 0;
        bool previousShortcode = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var original = source.Slice(token.Start, token.Length);
            var buffer = session.Decision;
            buffer.Clear();
            var result = TokenResult.Unchanged;
            Normalizer? decider = null;
            foreach (var (normalizer, slot) in _deciders[(int)token.Kind])
            {
                var context = new TokenContext(source, tokens, i, slot < 0 ? default : session.Marks[slot].AsSpan(0, count), this);
                result = normalizer.Decide(context, buffer);
                if (result != TokenResult.Unchanged)
                {
                    decider = normalizer;
                    break;
                }
            }

            // Written words that other normalizers decide ("iphone 12 pro") get their turn in another round.
            settled &= !(result == TokenResult.Rewritten && decider!.RewritesIntoNewTokens);
            var produced = result == TokenResult.Unchanged ? original : buffer.Written;
            string? transformedBy = null;
            if (result is TokenResult.Unchanged or TokenResult.Rewritten)
            {
                produced = ApplyTransforms(_transforms[(int)token.Kind], produced, session.TransformA, session.TransformB, edits is not null, out transformedBy);

                // A transform that leaves nothing (stop words) removes the token.
                if (transformedBy is not null && produced.IsEmpty)
                {
                    result = TokenResult.Removed;
                }
            }

            if (result == TokenResult.Removed)
            {
                if (removedBy is null)
                {
                    removedBy = Reason(decider?.Name, transformedBy, edits);
                    firstRemoved = token.Start;
                }

                lastRemovedEnd = token.End;
                continue;
            }

            bool changed = (decider is not null || transformedBy is not null) && !produced.SequenceEqual(original);
            int gapStart = lastEnd < 0 ? 0 : lastEnd;
            bool glued = lastEnd >= 0 && gapStart == token.Start;
            if (removedBy is not null)
            {
                string separator = lastEnd < 0 ? string.Empty : SeparatorFor(source[gapStart..token.Start], original[0]);
                output.Replace(gapStart, token.Start, separator, removedBy);

                // What was glued to a removed token now has other neighbours ("3.5%!" without "!" ends at "%").
                settled &= !((lastEnd >= 0 && firstRemoved == gapStart) || lastRemovedEnd == token.Start);
                glued = lastEnd >= 0 && separator.Length == 0;
                removedBy = null;
            }

            bool shortcode = produced.Length > 2 && produced[0] == ':' && produced[^1] == ':';
            bool space = glued && (changed || previousChanged) && output.NeedsSpaceBefore(token.Start, produced[0], previousShortcode || shortcode);

            // A rewrite touching another token may change how that pair reads next time ("SecurityFocus.com" lower-cased is
            // a host name), and so may the space that keeps them apart; the caller then runs another round. Rewrites with
            // space around them cannot, and neither can plain punctuation next to a rewrite ("<MONEY>." or "<NUM>,").
            if (glued && (changed || previousChanged))
            {
                bool besideInertMark = !space && changed != previousChanged && IsInertMark(source, changed ? tokens[lastKept] : token);
                settled &= besideInertMark;
            }

            if (changed || space)
            {
                output.Replace(token.Start, token.End, produced, space, Reason(decider?.Name, transformedBy, edits));
            }

            previousChanged = changed;
            previousShortcode = shortcode;
            lastEnd = token.End;
            lastKept = i;
        }

        if (removedBy is not null)
        {
            output.Replace(lastEnd < 0 ? 0 : lastEnd, text.Length, string.Empty, removedBy);
            settled &= !(lastEnd >= 0 && firstRemoved == lastEnd);
        }

        return output.Finish();
    }

    // A single mark whose reading does not depend on its neighbours: "," or "!" always stand alone, and so does "." before
    // a space ("5." and "<NUM>." end the same sentence; "x.com" would not). Brackets, ';' and ':' are emoticon parts.
    private static bool IsInertMark(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation || token.Length != 1)
        {
            return false;
        }

        char c = text[token.Start];
        return c is ',' or '!' or '?' or '"' or '\u201C' or '\u201D'
            || (c == '.' && (token.End == text.Length || char.IsWhiteSpace(text[token.End])));
    }

    private static string Reason(string? decider, string? transforms, List<TextEdit>? edits) =>
        decider is null ? transforms ?? "separator"
        : transforms is null || edits is null ? decider
        : $"{decider}+{transforms}";

    // What stands where removed tokens were: the paragraph or line break that was there, else one space, except before
    // a mark that follows a word anyway ("Dear <NAME>," not "Dear <NAME> ,").
    private static string SeparatorFor(ReadOnlySpan<char> removed, char next)
    {
        int newline = removed.IndexOf('\n');
        if (newline < 0)
        {
            return next is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '»' or '”' or '’' or '…' ? string.Empty : " ";
        }

        return removed[(newline + 1)..].Contains('\n') ? "\n\n" : "\n";
    }

    /// <summary>Writes the output lazily: unchanged stretches are copied only when the next change comes.</summary>
    private ref struct OutputWriter(CleanSession session, string text, List<TextEdit>? edits)
    {
        private int _copied;
        private bool _changed;

        public void Replace(int start, int end, ReadOnlySpan<char> replacement, string reason) => Replace(start, end, replacement, false, reason);

        public void Replace(int start, int end, ReadOnlySpan<char> replacement, bool spaceBefore, string reason)
        {
            CopyTo(start);
            if (spaceBefore)
            {
                session.Append(" ");
            }

            session.Append(replacement);
            _copied = end;
            _changed = true;
            if (edits is not null && replacement.IsEmpty && !spaceBefore && edits.Count > 0 && edits[^1].End == start && edits[^1].Reason == reason)
            {
                // "John Smith" masked is one "<NAME>" for the whole span, not "<NAME>" for "John" and a deletion of " Smith".
                edits[^1] = edits[^1] with { Length = edits[^1].Length + (end - start) };
            }
            else if (edits is not null && (end > start || spaceBefore || !replacement.IsEmpty))
            {
                edits.Add(new TextEdit(start, end - start, spaceBefore ? string.Concat(" ", replacement) : replacement.ToString(), reason));
            }
        }

        // Whether a token starting at `start`, glued to what precedes it, must be set apart to stay a token of its own
        // ("great👍" described as "great thumbs up", not "greatthumbs up").
        // A space goes in only where a rewrite made word characters meet that did not meet before (so "Willjane@x" lower-cased
        // stays glued, but "🇯🇵@bob" described becomes "flag_japan @bob": the mention stays a mention).
        public bool NeedsSpaceBefore(int start, char first, bool shortcode)
        {
            char last = _copied < start ? text[start - 1] : session.LastWritten;
            bool metBefore = IsWordChar(text[start - 1]) && IsWordChar(text[start]);
            return (IsWordChar(last) && IsWordChar(first) && !metBefore)
                || (shortcode && (IsWordChar(last) || last == ':') && (IsWordChar(first) || first == ':'));
        }

        public string Finish()
        {
            if (!_changed)
            {
                return text;
            }

            CopyTo(text.Length);
            return session.ToOutputString();
        }

        private void CopyTo(int position)
        {
            if (position > _copied)
            {
                session.Append(text.AsSpan(_copied, position - _copied));
                _copied = position;
            }
        }

        // Characters that join a neighbour into one token: "japan@bob" is not "japan" and "@bob".
        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '@' or '#';
    }
}
