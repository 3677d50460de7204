namespace TextClean.Corpus.IO;

/// <summary>Compression of an input or output file, by extension: none, <c>.gz</c>, <c>.zst</c>.</summary>
public enum Compression
{
    /// <summary>Not compressed.</summary>
    None,

    /// <summary>gzip (<c>.gz</c>).</summary>
    Gzip,

    /// <summary>Zstandard (<c>.zst</c>).</summary>
    Zstd,
}
