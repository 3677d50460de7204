using BenchmarkDotNet.Configs;

namespace TextClean.Benchmarks;

/// <summary>The pipeline benchmarks' columns: MB/s of input, characters produced, and allocated bytes per document.</summary>
public sealed class PipelineThroughputConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public PipelineThroughputConfig() => AddColumn(ThroughputColumn.MegabytesPerSecond, DocumentColumn.OutputChars, DocumentColumn.BytesPerDocument);
}
