using Microsoft.ML;
using Microsoft.ML.Data;

namespace TextClean.Bench;

/// <summary>
/// ML.NET's <c>TokenizeIntoWords</c> (<c>WordTokenizingEstimator</c>), fitted once, read through a row cursor over its
/// <c>VBuffer&lt;ReadOnlyMemory&lt;char&gt;&gt;</c> output column.
/// </summary>
/// <remarks>
/// <see cref="Prepare"/> (untimed) wraps the documents in an <see cref="IDataView"/> with <c>LoadFromEnumerable</c>, fits the
/// estimator and builds the lazy transformed view. <see cref="CountTokens(IReadOnlyList{string})"/> (timed) opens a cursor on
/// the token column and reads every row: that is ML.NET's tokenizing plus its per-row pipeline cost (the input getter hands out
/// each string as <see cref="ReadOnlyMemory{T}"/> without copying). A list that was not prepared is prepared inside the call.
/// </remarks>
public sealed class MlNetContender : TokenizerContender
{
    /// <summary>The separators used by default: the ASCII whitespace that occurs in text (ML.NET's own default is only the space).</summary>
    public static IReadOnlyList<char> WhitespaceSeparators { get; } = [' ', '\t', '\n', '\r'];

    private const string InputColumn = "Text";
    private const string OutputColumn = "Tokens";

    private readonly MLContext _ml = new(seed: 0);
    private readonly char[] _separators;
    private IReadOnlyList<string>? _prepared;
    private IDataView? _tokens;

    /// <summary>Creates the contender.</summary>
    /// <param name="separators">
    /// The characters to split at; <see langword="null"/> for <see cref="WhitespaceSeparators"/>. Pass <c>[' ']</c> for ML.NET's
    /// own default (id <c>mlnet-space</c>), which leaves line breaks inside tokens.
    /// </param>
    public MlNetContender(IEnumerable<char>? separators = null) => _separators = (separators ?? WhitespaceSeparators).ToArray();

    /// <inheritdoc/>
    public override string Id => IsSpaceOnly ? "mlnet-space" : "mlnet";

    /// <inheritdoc/>
    public override string Name => IsSpaceOnly ? "ML.NET TokenizeIntoWords (space only)" : "ML.NET TokenizeIntoWords";

    /// <inheritdoc/>
    public override string Description =>
        $"ML.NET TokenizeIntoWords, separators {DescribeSeparators()}, fitted once; timed: a row cursor reading the token VBuffer of every row (IDataView built beforehand), tokens untyped, no strings made.";

    /// <inheritdoc/>
    public override void Prepare(IReadOnlyList<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var rows = new List<TextRow>(documents.Count);
        foreach (var doc in documents)
        {
            rows.Add(new TextRow { Text = doc });
        }

        var data = _ml.Data.LoadFromEnumerable(rows);
        var model = _ml.Transforms.Text.TokenizeIntoWords(OutputColumn, InputColumn, _separators).Fit(data);
        _tokens = model.Transform(data);
        _prepared = documents;
    }

    /// <inheritdoc/>
    public override long CountTokens(IReadOnlyList<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (!ReferenceEquals(documents, _prepared) || _tokens is null)
        {
            Prepare(documents);
        }

        var view = _tokens!;
        var column = view.Schema[OutputColumn];
        using var cursor = view.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<ReadOnlyMemory<char>>>(column);
        var tokens = default(VBuffer<ReadOnlyMemory<char>>);
        long count = 0;
        while (cursor.MoveNext())
        {
            getter(ref tokens);
            count += tokens.GetValues().Length;
        }

        return count;
    }

    private bool IsSpaceOnly => _separators is [' '];

    private string DescribeSeparators() =>
        "[" + string.Join(" ", _separators.Select(c => c switch
        {
            ' ' => "' '",
            '\t' => "\\t",
            '\n' => "\\n",
            '\r' => "\\r",
            _ => c.ToString(),
        })) + "]";

    /// <summary>One input row for <c>LoadFromEnumerable</c>.</summary>
    private sealed class TextRow
    {
        public string Text { get; set; } = string.Empty;
    }
}
