namespace TextClean.Benchmarks;

/// <summary>
/// A benchmark class whose benchmarks each tokenize the same input and return its token count, so that
/// <see cref="ThroughputColumn"/> can turn the mean time into MB/s and tokens/s.
/// </summary>
public interface ITokenizerWorkload
{
    /// <summary>The size of one operation's input in UTF-8 bytes; valid after the [GlobalSetup] method ran.</summary>
    long Utf8Bytes { get; }
}
