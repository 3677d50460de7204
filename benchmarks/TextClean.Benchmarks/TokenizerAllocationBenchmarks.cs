using BenchmarkDotNet.Attributes;
using TextClean.Bench;
using TextClean.Tokenization;

namespace TextClean.Benchmarks;

/// <summary>
/// TextClean on one typical document (the corpus document of median length), so MemoryDiagnoser's Allocated column shows the
/// per-call allocation of the tokenizer itself: it must read "-" (0 B), i.e. 0 bytes per token once warmed.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerAllocationBenchmarks : ITokenizerWorkload
{
    private readonly LetterOrDigitLoopContender _letterOrDigit = new();
    private readonly TextCleanContender _textClean = new();
    private string _document = string.Empty;

    /// <inheritdoc/>
    public long Utf8Bytes { get; private set; }

    /// <summary>Picks the typical document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkCorpus.TypicalDocument;
        Utf8Bytes = System.Text.Encoding.UTF8.GetByteCount(_document);
    }

    /// <summary>Naive baseline on the same document.</summary>
    [Benchmark(Baseline = true, Description = "IsLetterOrDigit loop, one document")]
    public long IsLetterOrDigitLoop() => _letterOrDigit.CountTokens(_document.AsSpan());

    /// <summary>foreach over Tokenize, reading every token's kind.</summary>
    [Benchmark(Description = "TextClean Tokenize, one document")]
    public long TextCleanTokenize() => _textClean.CountTokens(_document.AsSpan());

    /// <summary><see cref="Tokenizer.CountTokens"/> straight on the tokenizer.</summary>
    [Benchmark(Description = "TextClean CountTokens, one document")]
    public long TextCleanCountTokens() => Tokenizer.Default.CountTokens(_document);
}
