namespace TextClean.Corpus.Dedup;

/// <summary>The set of <see cref="ExactKey"/> keys seen so far in a job. Not thread-safe.</summary>
/// <remarks>
/// A <see cref="HashSet{T}"/> of <see cref="UInt128"/>. Measured memory (GC.GetTotalMemory before and after adding
/// 1,000,000 random keys, .NET 10, x64): about 50 bytes per distinct key (16 for the key, 8 for the entry's hash code and
/// chain link, 4 for its bucket, the rest slack of the prime-sized arrays); the peak while the set grows is higher
/// (the old arrays live until the resize completes). A set holds at most about 2.1 billion keys.
/// </remarks>
public sealed class ExactIndex
{
    private readonly HashSet<UInt128> _keys = [];

    /// <summary>Adds <paramref name="key"/>; true when it was not seen before.</summary>
    /// <param name="key">An <see cref="ExactKey.Of(ReadOnlySpan{char})"/> key.</param>
    /// <returns>True when the key is new (the document is kept); false for an exact duplicate.</returns>
    public bool Add(UInt128 key) => _keys.Add(key);

    /// <summary>Distinct keys held.</summary>
    public long Count => _keys.Count;
}
