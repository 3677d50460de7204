namespace TextClean.Tokenization;

/// <summary>
/// Splits text into typed tokens (words, numbers, emoji, URLs, ...) in one forward scan, without allocating per token,
/// and never inside a user-perceived character (a UAX #29 extended grapheme cluster). Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// foreach (var token in Tokenizer.Default.Tokenize("great👍🏽!! see https://x.org."))
/// {
///     Console.WriteLine($"{token.Kind} {token.Start} {token.Length}");
/// }
/// </code>
/// </example>
public sealed class Tokenizer
{
    private readonly ScanModes _modes;
    private readonly TokenizerOptions _options;

    /// <summary>Creates a tokenizer with the given options (copied; later changes to <paramref name="options"/> have no effect).</summary>
    public Tokenizer(TokenizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Clone();
        _modes = (options.SplitHyphens ? ScanModes.SplitHyphens : 0)
            | (options.SplitContractions ? ScanModes.SplitContractions : 0)
            | (options.SplitLettersFromDigits ? ScanModes.SplitLettersFromDigits : 0)
            | (options.KeepNumbersWithLetters ? ScanModes.KeepNumbersWithLetters : 0)
            | (options.RecognizeUrls ? ScanModes.Urls : 0)
            | (options.RecognizeSocialTokens ? ScanModes.Social : 0)
            | (options.RecognizeEmoticons ? ScanModes.Emoticons : 0)
            | (options.RecognizePlaceholders ? ScanModes.Placeholders : 0)
            | (options.RecognizeShortcodes ? ScanModes.Shortcodes : 0);
    }

    /// <summary>A tokenizer with default <see cref="TokenizerOptions"/>.</summary>
    public static Tokenizer Default { get; } = new(new TokenizerOptions());

    /// <summary>A copy of the options this tokenizer was built with.</summary>
    public TokenizerOptions Options => _options.Clone();

    /// <summary>Tokenizes <paramref name="text"/>; enumerate the result with <c>foreach</c>. Allocates nothing.</summary>
    public TokenEnumerator Tokenize(ReadOnlySpan<char> text) => new(text, _modes);

    /// <summary>Tokenizes <paramref name="text"/>; enumerate the result with <c>foreach</c>. Allocates nothing.</summary>
    public TokenEnumerator Tokenize(string? text) => new((text ?? string.Empty).AsSpan(), _modes);

    /// <summary>Counts the tokens of <paramref name="text"/>.</summary>
    public int CountTokens(ReadOnlySpan<char> text)
    {
        int count = 0;
        foreach (var _ in Tokenize(text))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Writes the tokens of <paramref name="text"/> into <paramref name="destination"/>.
    /// </summary>
    /// <returns>The number of tokens written; when <paramref name="destination"/> is too small, its length
    /// (check <see cref="CountTokens"/> or retry with a larger buffer).</returns>
    public int Tokenize(ReadOnlySpan<char> text, Span<Token> destination)
    {
        int count = 0;
        foreach (var token in Tokenize(text))
        {
            if (count == destination.Length)
            {
                break;
            }

            destination[count++] = token;
        }

        return count;
    }

    /// <summary>The tokens of <paramref name="text"/> as a list (allocates; convenient outside hot paths).</summary>
    public List<Token> TokenizeToList(string? text)
    {
        var list = new List<Token>();
        foreach (var token in Tokenize(text))
        {
            list.Add(token);
        }

        return list;
    }
}
