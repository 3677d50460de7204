namespace TextClean.Corpus.Dedup;

/// <summary>MinHash LSH parameters.</summary>
/// <remarks>
/// <para>
/// Two documents whose shingle sets have Jaccard similarity s agree on one MinHash value with probability s, on a whole
/// band of r = <see cref="RowsPerBand"/> values with probability s^r, and share at least one of b = <see cref="Bands"/>
/// bands (so the later one is flagged as a near-duplicate) with probability 1 − (1 − s^r)^b. The curve is an S with its
/// steepest point near the threshold (1/b)^(1/r); the defaults b = 14, r = 8 put it at about 0.72:
/// </para>
/// <list type="table">
/// <listheader><term>Jaccard s</term><description>P(flagged), b = 14, r = 8</description></listheader>
/// <item><term>0.5</term><description>0.053</description></item>
/// <item><term>0.6</term><description>0.211</description></item>
/// <item><term>0.7</term><description>0.565</description></item>
/// <item><term>0.8</term><description>0.924</description></item>
/// <item><term>0.9</term><description>0.9996</description></item>
/// </list>
/// <para>
/// Raising r moves the threshold up and sharpens the step; raising b moves it down. The cost is b × r multiply-adds per
/// shingle and b keys per kept document in <see cref="LshIndex"/>. See docs/dedup.md.
/// </para>
/// </remarks>
public sealed record MinHashOptions
{
    /// <summary>Word n-gram size of the shingles.</summary>
    public int ShingleWords { get; init; } = 5;

    /// <summary>Number of bands; each band has <see cref="RowsPerBand"/> hash functions.</summary>
    public int Bands { get; init; } = 14;

    /// <summary>Hash functions per band.</summary>
    public int RowsPerBand { get; init; } = 8;

    /// <summary>Seed of the hash functions (the same seed gives the same signatures).</summary>
    public ulong Seed { get; init; } = 1;
}
