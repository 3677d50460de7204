// CONTRACT STUBS: the shapes the job runner codes against. The dedup helper replaces these bodies (one file per type)
// but keeps every public signature.
namespace TextClean.Corpus.Dedup;

/// <summary>The key exact deduplication compares: a 128-bit hash of the text with whitespace runs collapsed and trimmed.</summary>
public static class ExactKey
{
    /// <summary>The key of <paramref name="text"/>; texts that differ only in whitespace runs get the same key.</summary>
    public static UInt128 Of(ReadOnlySpan<char> text) => throw new NotImplementedException();
}

/// <summary>MinHash LSH parameters.</summary>
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

/// <summary>Computes MinHash band keys of documents. Thread-safe, allocation-free per document.</summary>
public sealed class MinHasher
{
    /// <summary>Creates a hasher.</summary>
    public MinHasher(MinHashOptions options) => throw new NotImplementedException();

    /// <summary>The number of band keys per document.</summary>
    public int BandCount => throw new NotImplementedException();

    /// <summary>Writes the band keys of <paramref name="text"/> into <paramref name="keys"/> (length <see cref="BandCount"/>).</summary>
    public void BandKeys(ReadOnlySpan<char> text, Span<ulong> keys) => throw new NotImplementedException();
}

/// <summary>The set of exact keys seen so far in a job (about 40 bytes per distinct document). Not thread-safe.</summary>
public sealed class ExactIndex
{
    /// <summary>Adds <paramref name="key"/>; true when it was not seen before.</summary>
    public bool Add(UInt128 key) => throw new NotImplementedException();

    /// <summary>Distinct keys held.</summary>
    public long Count => throw new NotImplementedException();
}

/// <summary>Locality-sensitive hashing index of band keys. Not thread-safe.</summary>
public sealed class LshIndex
{
    /// <summary>Creates an index for <paramref name="bands"/> band keys per document.</summary>
    public LshIndex(int bands) => throw new NotImplementedException();

    /// <summary>Adds a document's band keys; true when no band collides with an earlier document (it is not a near-duplicate).</summary>
    public bool Add(ReadOnlySpan<ulong> bandKeys) => throw new NotImplementedException();

    /// <summary>Bucket entries held.</summary>
    public long Count => throw new NotImplementedException();
}
