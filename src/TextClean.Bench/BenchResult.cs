namespace TextClean.Bench;

/// <summary>What <see cref="BenchRunner"/> measured for one contender on one corpus.</summary>
/// <param name="Id">The contender's <see cref="TokenizerContender.Id"/>.</param>
/// <param name="Name">The contender's <see cref="TokenizerContender.Name"/>.</param>
/// <param name="Description">The contender's <see cref="TokenizerContender.Description"/>.</param>
/// <param name="TokensPerPass">Tokens counted in one pass over the corpus.</param>
/// <param name="Passes">Timed passes over the whole corpus.</param>
/// <param name="Seconds">Total timed seconds, all passes.</param>
/// <param name="Utf8BytesPerPass">The corpus size in UTF-8 bytes.</param>
/// <param name="AllocatedBytes">Bytes allocated on the measuring thread during the timed passes.</param>
/// <param name="PrepareSeconds">Untimed setup (<see cref="TokenizerContender.Prepare"/>), in seconds.</param>
public sealed record BenchResult(
    string Id,
    string Name,
    string Description,
    long TokensPerPass,
    int Passes,
    double Seconds,
    long Utf8BytesPerPass,
    long AllocatedBytes,
    double PrepareSeconds)
{
    /// <summary>Seconds per pass over the corpus.</summary>
    public double SecondsPerPass => Seconds / Passes;

    /// <summary>Throughput in megabytes (10^6 bytes) of UTF-8 input per second.</summary>
    public double MegabytesPerSecond => Utf8BytesPerPass / SecondsPerPass / 1e6;

    /// <summary>Tokens per second.</summary>
    public double TokensPerSecond => TokensPerPass / SecondsPerPass;

    /// <summary>Bytes allocated per token during the timed passes (0 for an allocation-free tokenizer).</summary>
    public double AllocatedBytesPerToken => TokensPerPass == 0 ? 0 : (double)AllocatedBytes / Passes / TokensPerPass;

    /// <summary>Bytes allocated per pass over the corpus.</summary>
    public double AllocatedBytesPerPass => (double)AllocatedBytes / Passes;
}
