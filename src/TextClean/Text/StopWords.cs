using System.Collections.Concurrent;
using System.Text;

namespace TextClean.Text;

/// <summary>
/// A stop word list of one language: answers "is this a function word?" ignoring case, without allocating.
/// </summary>
/// <remarks>
/// <para>The lists are the Snowball stop word lists (Lingua::StopWords 0.12, Debian <c>liblingua-stopwords-perl</c>
/// 0.12-2, Artistic License), embedded in the library; see <c>corpora/stopwords/README.md</c>. English has 174 words:
/// function words, pronouns, auxiliaries and their contractions (<c>don't</c>, <c>i'm</c>, <c>it's</c>).</para>
/// <para>Lookups lower-case the word (invariant culture) and read the typographic apostrophe ’ (U+2019) as <c>'</c>, so
/// <c>Don’t</c>, <c>DON'T</c> and <c>don't</c> are the same word.</para>
/// </remarks>
public sealed class StopWords
{
    private const string ResourcePrefix = "TextClean.Text.StopWords.";

    private static readonly ConcurrentDictionary<string, Lazy<StopWords>> Cache = new(StringComparer.Ordinal);

    private static readonly Lazy<string[]> LazyLanguages = new(FindLanguages, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<IReadOnlyList<string>> LazyReadOnlyLanguages =
        new(() => Array.AsReadOnly(LazyLanguages.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    private readonly int _maxLength;

    // Per word length, a bit per ASCII first letter a-z that some entry of that length starts with: most words are
    // rejected by it before they are lower-cased and hashed.
    private readonly uint[] _firstLetters;

    private StopWords(string language, HashSet<string> words, int maxLength)
    {
        Language = language;
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxLength = maxLength;
        _firstLetters = new uint[maxLength + 1];
        foreach (string word in words)
        {
            _firstLetters[word.Length] |= char.IsAsciiLetterLower(word[0]) ? 1u << (word[0] - 'a') : 1u << 31;
        }
    }

    /// <summary>The ISO 639-3 codes of the shipped lists (<c>dan</c>, <c>deu</c>, <c>eng</c>, ...), sorted ordinally.</summary>
    public static IReadOnlyList<string> Languages => LazyReadOnlyLanguages.Value;

    /// <summary>The ISO 639-3 code of this list's language.</summary>
    public string Language { get; }

    /// <summary>Number of words in the list.</summary>
    public int Count => _words.Set.Count;

    /// <summary>
    /// The stop word list of <paramref name="language"/>, loaded from the library's embedded resource on first use and
    /// cached (thread-safe: every caller gets the same instance).
    /// </summary>
    /// <param name="language">An ISO 639-3 code from <see cref="Languages"/>, such as <c>eng</c>, in lower case.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException">No list is shipped for <paramref name="language"/>; the message names the codes that are.</exception>
    public static StopWords For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Array.BinarySearch(LazyLanguages.Value, language, StringComparer.Ordinal) < 0)
        {
            throw new ArgumentException(
                $"no stop word list for language '{language}'; the ISO 639-3 codes shipped are: {string.Join(", ", LazyLanguages.Value)}",
                nameof(language));
        }

        return Cache.GetOrAdd(
            language,
            static code => new Lazy<StopWords>(() => Load(code), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is in the list, ignoring case and reading ’ (U+2019) as <c>'</c>. Allocates nothing.
    /// </summary>
    /// <param name="word">A single word, without surrounding spaces or punctuation.</param>
    /// <returns>True when the lower-cased word is an entry.</returns>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > _maxLength)
        {
            return false;
        }

        char first = word[0];
        if (char.IsAsciiLetter(first) && (_firstLetters[word.Length] & (1u << ((first | 0x20) - 'a'))) == 0)
        {
            return false;
        }

        Span<char> lower = stackalloc char[_maxLength];
        int length = word.ToLowerInvariant(lower);
        if (length < 0)
        {
            return false;
        }

        lower = lower[..length];
        lower.Replace('\u2019', '\'');
        return _words.Contains(lower);
    }

    /// <summary>Reads one word a line; empty lines are skipped.</summary>
    internal static StopWords Load(string language, TextReader reader)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        int maxLength = 0;
        while (reader.ReadLine() is { } line)
        {
            string word = line.Trim().ToLowerInvariant().Replace('\u2019', '\'');
            if (word.Length > 0 && words.Add(word))
            {
                maxLength = Math.Max(maxLength, word.Length);
            }
        }

        return new StopWords(language, words, maxLength);
    }

    private static StopWords Load(string language)
    {
        string resource = ResourcePrefix + language + ".txt";
        using var stream = typeof(StopWords).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(language, reader);
    }

    private static string[] FindLanguages()
    {
        string[] languages = typeof(StopWords).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal))
            .Select(name => name[ResourcePrefix.Length..^".txt".Length])
            .ToArray();
        Array.Sort(languages, StringComparer.Ordinal);
        return languages;
    }
}
