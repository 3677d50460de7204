namespace TextClean.Bench;

/// <summary>
/// One tokenizer in the comparison. Every contender does the same job: count the tokens of a list of documents,
/// touching each token the way a real caller would (TextClean reads each token's kind, ML.NET fills its token vector,
/// Lucene.Net fills its term attribute, and so on), so the work cannot be optimized away.
/// Contenders hold no unmanaged resources; an instance is meant for one thread at a time.
/// </summary>
public abstract class TokenizerContender
{
    /// <summary>A short lower-case key for command lines, e.g. <c>textclean</c>, <c>mlnet</c>.</summary>
    public abstract string Id { get; }

    /// <summary>The name shown in reports, e.g. <c>ML.NET TokenizeIntoWords</c>.</summary>
    public abstract string Name { get; }

    /// <summary>One sentence on what is measured, and what the contender does and does not do.</summary>
    public abstract string Description { get; }

    /// <summary>
    /// Work done once per document list, outside any timing (building an ML.NET data view, for example).
    /// The default does nothing. <see cref="CountTokens(IReadOnlyList{string})"/> on the same list instance reuses it.
    /// </summary>
    /// <param name="documents">The documents that will be counted.</param>
    public virtual void Prepare(IReadOnlyList<string> documents)
    {
    }

    /// <summary>Tokenizes every document and returns the total number of tokens.</summary>
    /// <param name="documents">The documents; pass the list given to <see cref="Prepare"/> to skip per-list setup.</param>
    public abstract long CountTokens(IReadOnlyList<string> documents);

    /// <summary>Tokenizes one document and returns its number of tokens (convenient for tests; not the timed path).</summary>
    /// <param name="document">The text to tokenize.</param>
    public virtual long CountTokens(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return CountTokens([document]);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>A contender that tokenizes one span at a time with no per-list state; the loop over documents is shared.</summary>
public abstract class SpanTokenizerContender : TokenizerContender
{
    /// <inheritdoc/>
    public sealed override long CountTokens(IReadOnlyList<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        long count = 0;
        for (int i = 0; i < documents.Count; i++)
        {
            count += CountTokens(documents[i].AsSpan());
        }

        return count;
    }

    /// <inheritdoc/>
    public sealed override long CountTokens(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return CountTokens(document.AsSpan());
    }

    /// <summary>Tokenizes <paramref name="text"/> and returns its number of tokens.</summary>
    /// <param name="text">The text.</param>
    public abstract long CountTokens(ReadOnlySpan<char> text);
}
