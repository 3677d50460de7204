using System.Globalization;
using TextClean.Corpus.Dedup;
using TextClean.Corpus.IO;
using TextClean.Filters;
using TextClean.Jobs;

namespace TextClean.Corpus.Jobs;

/// <summary>
/// Decides which documents are duplicates, in job order: a document is an exact duplicate when an earlier one (earlier unit,
/// or earlier line of the same unit) had the same key, and a near-duplicate when it shares an LSH band with an earlier one that
/// was kept. The writer uses it as it writes (one process, units in order) and the finalizer after sharded runs; fed the same
/// documents in the same order, both decide the same. Not thread-safe.
/// </summary>
internal sealed class DedupIndex(DedupStage stage, IReadOnlyList<WorkUnit> units)
{
    private const int LineBits = 40;

    private readonly ExactIndex _exact = new();
    private readonly LshIndex? _near = stage.Near ? new LshIndex(stage.Bands) : null;

    /// <summary>The verdict on a kept document of unit <paramref name="unit"/>, or null when it is not a duplicate.</summary>
    public FilterVerdict? Decide(int unit, long line, UInt128 key, ReadOnlySpan<ulong> bands)
    {
        // A location is the unit in the high 24 bits and the line in the low 40.
        if (stage.Exact && !_exact.Add(key, ((long)unit << LineBits) | line, out long first))
        {
            var original = units[(int)(first >> LineBits)];
            return new FilterVerdict("dedup.exact", 1, 1, string.Create(CultureInfo.InvariantCulture, $"duplicate of {original.Path}:{first & ((1L << LineBits) - 1)}"));
        }

        if (_near is not null && !_near.Add(bands))
        {
            return new FilterVerdict("dedup.near", 1, 1);
        }

        return null;
    }
}
