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
    public bool MoveNext()
    {
        if (_pending.Length > 0)
        {
            _current = _pending;
            _pending = default;
            return true;
        }

        int i = TokenScanner.SkipSeparators(_text, _position);
        if (i >= _text.Length)
        {
            _position = i;
            return false;
        }

        var token = TokenScanner.Scan(_text, i, _modes);
        _position = token.End;
        if ((_modes & ScanModes.SplitContractions) != 0 && (token.Flags & TokenFlags.Apostrophe) != 0)
        {
            int split = Contractions.SplitPoint(token.GetText(_text));
            if (split > 0)
            {
                var rest = token.Flags & ~TokenFlags.Apostrophe;
                _pending = new Token(token.Start + split, token.Length - split, TokenKind.Word, rest | TokenFlags.Clitic);
                token = new Token(token.Start, split, TokenKind.Word, rest);
            }
        }

        _current = token;
        return true;
    }
}
