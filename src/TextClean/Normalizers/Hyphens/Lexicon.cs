using System.IO.Compression;
using System.Text;

namespace TextClean.Normalizers.Hyphens;

/// <summary>
/// A set of words with a frequency rank: answers "is this an English word?" and "how common is it?" without allocating.
/// </summary>
/// <remarks>
/// <para><see cref="English"/> holds the 73,604 letter-only entries of SCOWL size 50 (Debian <c>wamerican</c>
/// 2020.12.07-2), lower-cased. Its ranks come from word counts in the SpamAssassin mail corpus of this repository: the
/// 26,414 words that corpus uses are ranked by count, the others follow in code-point order, so past rank 26,414 a rank
/// only says "rare". See <c>corpora/words/README.md</c>.</para>
/// <para>Lookups ignore case: the word is lower-cased (invariant culture) before it is looked up, so "Information",
/// "INFORMATION" and "information" are the same word. Proper nouns of the dictionary are in the set lower-cased.</para>
/// </remarks>
public sealed class Lexicon
{
    /// <summary>Words longer than this are not looked up (no entry is that long), so the lower-cased copy fits on the stack.</summary>
    private const int MaxWordLength = 64;

    private const string EnglishResource = "TextClean.Normalizers.Hyphens.english.txt.gz";

    private static readonly Lazy<Lexicon> LazyEnglish = new(LoadEnglish, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ranks;

    private Lexicon(Dictionary<string, int> ranks) => _ranks = ranks.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The English word list, loaded from the library's embedded resource on first use (thread-safe).</summary>
    public static Lexicon English => LazyEnglish.Value;

    /// <summary>Number of words in the lexicon.</summary>
    public int Count => _ranks.Dictionary.Count;

    /// <summary>Whether <paramref name="word"/> is in the lexicon, ignoring case. Allocates nothing.</summary>
    /// <param name="word">A single word, without surrounding spaces or punctuation.</param>
    /// <returns>True when the lower-cased word is an entry.</returns>
    public bool Contains(ReadOnlySpan<char> word) => Rank(word) > 0;

    /// <summary>
    /// The frequency rank of <paramref name="word"/>, ignoring case: 1 for the most frequent word, 0 when the word is
    /// unknown. Allocates nothing.
    /// </summary>
    /// <param name="word">A single word, without surrounding spaces or punctuation.</param>
    /// <returns>The rank, from 1 to <see cref="Count"/>, or 0.</returns>
    public int Rank(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[MaxWordLength];
        int length = word.ToLowerInvariant(lower);
        return _ranks.TryGetValue(lower[..length], out int rank) ? rank : 0;
    }

    /// <summary>Reads one word a line, most frequent first; a word's rank is its line number.</summary>
    internal static Lexicon Load(TextReader reader)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length is > 0 and <= MaxWordLength)
            {
                ranks.TryAdd(line.ToLowerInvariant(), ranks.Count + 1);
            }
        }

        return new Lexicon(ranks);
    }

    private static Lexicon LoadEnglish()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(EnglishResource)
            ?? throw new InvalidOperationException($"embedded resource {EnglishResource} is missing");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return Load(reader);
    }
}
