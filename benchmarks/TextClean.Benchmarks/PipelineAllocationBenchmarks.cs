using BenchmarkDotNet.Attributes;
using TextClean.Bench;
using TextClean.Pipeline;

namespace TextClean.Benchmarks;

/// <summary>
/// The pipeline on one typical document (the corpus document of median length), so MemoryDiagnoser's Allocated column is the
/// allocation of one Clean call once warmed. The target is the output string only: compare Allocated with <c>Out chars</c>
/// (a string of n characters takes 22 + 2n bytes, rounded up to 8, on 64-bit .NET).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PipelineThroughputConfig))]
public class PipelineAllocationBenchmarks : IDocumentWorkload
{
    private string _document = string.Empty;
    private TextPipeline _ml = null!;
    private TextPipeline _minimal = null!;

    /// <inheritdoc/>
    public long Utf8Bytes { get; private set; }

    /// <inheritdoc/>
    public int Documents => 1;

    /// <summary>Picks the typical document and builds the pipelines.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkCorpus.TypicalDocument;
        Utf8Bytes = System.Text.Encoding.UTF8.GetByteCount(_document);
        _ml = TextPipeline.FromPreset("ml");
        _minimal = TextPipeline.FromPreset("minimal");
    }

    /// <summary>Preset <c>ml</c> on one document.</summary>
    [Benchmark(Baseline = true, Description = "TextClean ml preset, one document")]
    public long TextCleanMl() => _ml.Clean(_document).Length;

    /// <summary>Preset <c>minimal</c> on one document.</summary>
    [Benchmark(Description = "TextClean minimal preset, one document")]
    public long TextCleanMinimal() => _minimal.Clean(_document).Length;

    /// <summary>The Regex chain on one document.</summary>
    [Benchmark(Description = "Regex.Replace chain, one document")]
    public long RegexChain() => RegexCleaningChain.Clean(_document).Length;
}
