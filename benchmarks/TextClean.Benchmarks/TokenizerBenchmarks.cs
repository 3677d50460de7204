using BenchmarkDotNet.Attributes;
using TextClean.Bench;

namespace TextClean.Benchmarks;

/// <summary>
/// Tokenizer throughput on the whole corpus (the SpamAssassin bodies by default): TextClean against ML.NET, Lucene.Net, a
/// generated Regex and string.Split, with the naive IsLetterOrDigit loop as the baseline and a vectorized space count as
/// the speed of light. Every benchmark is one pass over all documents and returns the token count.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerBenchmarks : ITokenizerWorkload
{
    private IReadOnlyList<string> _documents = [];
    private readonly TextCleanContender _textClean = new();
    private readonly MlNetContender _mlNet = new();
    private readonly LuceneContender _lucene = new();
    private readonly RegexContender _regex = new();
    private readonly StringSplitContender _split = new();
    private readonly LetterOrDigitLoopContender _letterOrDigit = new();
    private readonly SpaceCountContender _spaces = new();

    /// <inheritdoc/>
    public long Utf8Bytes { get; private set; }

    /// <summary>Loads the corpus and builds ML.NET's data view (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchmarkCorpus.Shared;
        _documents = corpus.Documents;
        Utf8Bytes = corpus.Utf8Bytes;
        _mlNet.Prepare(_documents);
    }

    /// <summary>Naive baseline: runs of char.IsLetterOrDigit.</summary>
    [Benchmark(Baseline = true, Description = "IsLetterOrDigit loop")]
    public long IsLetterOrDigitLoop() => _letterOrDigit.CountTokens(_documents);

    /// <summary>TextClean, default options, every token typed.</summary>
    [Benchmark(Description = "TextClean Tokenizer")]
    public long TextCleanTokenizer() => _textClean.CountTokens(_documents);

    /// <summary>ML.NET TokenizeIntoWords over the prepared data view.</summary>
    [Benchmark(Description = "ML.NET TokenizeIntoWords")]
    public long MlNetTokenizeIntoWords() => _mlNet.CountTokens(_documents);

    /// <summary>Lucene.Net StandardTokenizer, one reused instance.</summary>
    [Benchmark(Description = "Lucene.Net StandardTokenizer")]
    public long LuceneStandardTokenizer() => _lucene.CountTokens(_documents);

    /// <summary>Source-generated Regex \w+|[^\w\s] with EnumerateMatches.</summary>
    [Benchmark(Description = "GeneratedRegex EnumerateMatches")]
    public long GeneratedRegex() => _regex.CountTokens(_documents);

    /// <summary>string.Split on whitespace with RemoveEmptyEntries.</summary>
    [Benchmark(Description = "string.Split")]
    public long StringSplit() => _split.CountTokens(_documents);

    /// <summary>Speed of light: vectorized count of spaces.</summary>
    [Benchmark(Description = "Count(' ') vectorized")]
    public long SpaceCount() => _spaces.CountTokens(_documents);
}
