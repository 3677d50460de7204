namespace TextClean.Bench;

/// <summary>
/// The speed-of-light reference: a vectorized count of the space characters (<see cref="MemoryExtensions.Count{T}(ReadOnlySpan{T}, T)"/>).
/// Not a tokenizer; it shows how fast merely reading the text can be.
/// </summary>
public sealed class SpaceCountContender : SpanTokenizerContender
{
    /// <inheritdoc/>
    public override string Id => "spaces";

    /// <inheritdoc/>
    public override string Name => "Count(' ') (vectorized)";

    /// <inheritdoc/>
    public override string Description =>
        "Speed-of-light reference, not a tokenizer: span.Count(' ') with SIMD; its 'tokens' are the spaces, so line breaks and tabs do not count.";

    /// <inheritdoc/>
    public override long CountTokens(ReadOnlySpan<char> text) => text.Count(' ');
}
