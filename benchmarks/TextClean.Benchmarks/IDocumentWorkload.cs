namespace TextClean.Benchmarks;

/// <summary>
/// A benchmark class whose benchmarks each clean the same documents and return the characters they produced, so that
/// <see cref="DocumentColumn"/> can show the output size and the allocated bytes per document next to the MB/s of
/// <see cref="ThroughputColumn"/>.
/// </summary>
public interface IDocumentWorkload : ITokenizerWorkload
{
    /// <summary>The documents one operation cleans; valid after the [GlobalSetup] method ran.</summary>
    int Documents { get; }
}
