using BenchmarkDotNet.Configs;

namespace TextClean.Benchmarks;

/// <summary>Adds the <see cref="ThroughputColumn"/> columns (tokens, MB/s, Mtokens/s, B/token) to a benchmark class's summary.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public ThroughputConfig() => AddColumn([.. ThroughputColumn.All]);
}
