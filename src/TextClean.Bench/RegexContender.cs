using System.Text.RegularExpressions;

namespace TextClean.Bench;

/// <summary>A source-generated <see cref="Regex"/>, <c>\w+|[^\w\s]</c>, counted with <see cref="Regex.EnumerateMatches(ReadOnlySpan{char})"/>.</summary>
public sealed partial class RegexContender : SpanTokenizerContender
{
    /// <inheritdoc/>
    public override string Id => "regex";

    /// <inheritdoc/>
    public override string Name => "Regex \\w+|[^\\w\\s] (generated)";

    /// <inheritdoc/>
    public override string Description =>
        "[GeneratedRegex(@\"\\w+|[^\\w\\s]\")] with EnumerateMatches over the span: word runs and single non-space characters, untyped, no strings made.";

    /// <inheritdoc/>
    public override long CountTokens(ReadOnlySpan<char> text)
    {
        long count = 0;
        foreach (var _ in WordOrMark().EnumerateMatches(text))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"\w+|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex WordOrMark();
}
