using TextClean.Pipeline;

namespace TextClean.ML.Decisions;

/// <summary>How a decision run is done.</summary>
public sealed class DecisionOptions
{
    /// <summary>Number of stratified cross-validation folds (at least 2). Default 5.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Seed of the folds and the trainer: the same seed on the same data gives the same report. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>How many changed documents to show per decision. Default 3.</summary>
    public int Examples { get; init; } = 3;

    /// <summary>Configs measured at the same time (each trains on one thread). Default: the number of processors.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The normalizers whose decisions are varied. Default: <see cref="NormalizerRegistry.Default"/>.</summary>
    public NormalizerRegistry Registry { get; init; } = NormalizerRegistry.Default;

    /// <summary>The decisions (normalizer names) to vary; null for every normalizer of <see cref="Registry"/>.</summary>
    public IReadOnlyCollection<string>? Decisions { get; init; }

    /// <summary>Told after each config is measured: how many are done, of how many, and which.</summary>
    public IProgress<DecisionProgress>? Progress { get; init; }
}

/// <summary>Progress of a decision run.</summary>
/// <param name="Done">Configs measured so far.</param>
/// <param name="Total">Configs to measure (base and course regex included).</param>
/// <param name="Label">The config just measured.</param>
/// <param name="Elapsed">Time since the run started.</param>
public readonly record struct DecisionProgress(int Done, int Total, string Label, TimeSpan Elapsed);
