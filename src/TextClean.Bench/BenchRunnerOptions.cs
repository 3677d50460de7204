namespace TextClean.Bench;

/// <summary>How long <see cref="BenchRunner"/> warms up and measures each contender.</summary>
public sealed class BenchRunnerOptions
{
    /// <summary>Each contender repeats whole passes over the corpus for at least this long, timed. Default 3 s.</summary>
    public TimeSpan MinTime { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Untimed passes before measuring, for at least this long (always at least one pass), so tiered JIT has
    /// promoted the hot code. Default 1 s.
    /// </summary>
    public TimeSpan WarmupTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Called with each contender's name before it runs (progress for a console); may be <see langword="null"/>.</summary>
    public Action<TokenizerContender>? Progress { get; set; }
}
