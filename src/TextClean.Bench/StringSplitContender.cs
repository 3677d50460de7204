namespace TextClean.Bench;

/// <summary><see cref="string.Split(char[], StringSplitOptions)"/> on whitespace with <see cref="StringSplitOptions.RemoveEmptyEntries"/>.</summary>
public sealed class StringSplitContender : TokenizerContender
{
    /// <inheritdoc/>
    public override string Id => "split";

    /// <inheritdoc/>
    public override string Name => "string.Split (whitespace)";

    /// <inheritdoc/>
    public override string Description =>
        "string.Split(null, RemoveEmptyEntries): splits at char.IsWhiteSpace, allocates one string per token and an array per document, untyped.";

    /// <inheritdoc/>
    public override long CountTokens(IReadOnlyList<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        long count = 0;
        for (int i = 0; i < documents.Count; i++)
        {
            count += documents[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return count;
    }
}
