using TextClean.Tokenization;

namespace TextClean.Bench;

/// <summary>TextClean's <see cref="Tokenizer"/>: every token is typed (word, number, URL, emoji, ...) and its kind is read.</summary>
public sealed class TextCleanContender : SpanTokenizerContender
{
    private readonly Tokenizer _tokenizer;
    private int _kindsSeen;

    /// <summary>Creates the contender with <see cref="Tokenizer.Default"/>, or with <paramref name="tokenizer"/>.</summary>
    /// <param name="tokenizer">The tokenizer to measure; <see langword="null"/> for <see cref="Tokenizer.Default"/>.</param>
    public TextCleanContender(Tokenizer? tokenizer = null) => _tokenizer = tokenizer ?? Tokenizer.Default;

    /// <inheritdoc/>
    public override string Id => "textclean";

    /// <inheritdoc/>
    public override string Name => "TextClean Tokenizer";

    /// <inheritdoc/>
    public override string Description =>
        "TextClean span tokenizer, default options: every token typed (Word, Number, Punctuation, Symbol, Emoji, Emoticon, Url, Email, Mention, Hashtag), no strings made.";

    /// <summary>The token kinds met by the last count, one bit per <see cref="TokenKind"/> (proves that kinds were read).</summary>
    public int KindsSeen => _kindsSeen;

    /// <inheritdoc/>
    public override long CountTokens(ReadOnlySpan<char> text)
    {
        long count = 0;
        int kinds = 0;
        foreach (var token in _tokenizer.Tokenize(text))
        {
            count++;
            kinds |= 1 << (int)token.Kind;
        }

        _kindsSeen |= kinds;
        return count;
    }
}
