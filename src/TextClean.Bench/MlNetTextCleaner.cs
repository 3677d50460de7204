using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace TextClean.Bench;

/// <summary>
/// ML.NET's text cleaning as a peer of TextClean's pipeline: <c>NormalizeText</c> (lower case, no diacritics, no punctuation, no
/// numbers) followed by <c>TokenizeIntoWords</c> (separators <see cref="MlNetContender.WhitespaceSeparators"/>), run one document
/// (one row) at a time. Two ways to feed it are offered, both measured by the pipeline benchmarks:
/// <list type="bullet">
/// <item><see cref="CleanPrepared"/>: the documents are wrapped once in an <see cref="IDataView"/> (untimed, <see cref="Prepare"/>);
/// the timed part is a row cursor over the token column, i.e. per row: fetch the string as <see cref="ReadOnlyMemory{T}"/>, normalize
/// it, tokenize it into a reused <see cref="VBuffer{T}"/>. This is ML.NET's fastest path: the cursor and getters are built once per
/// pass, and no object is made per row except what the transforms make themselves. Note that ML.NET does part of this work on
/// another thread (about 1.6 s of CPU per second of wall time measured), so it is not a one-core figure.</item>
/// <item><see cref="Clean(string, ref VBuffer{ReadOnlyMemory{char}})"/>: a <see cref="PredictionEngine{TSrc, TDst}"/> (built once) with the
/// output object reused, the way an application cleans documents that arrive one by one. It adds ML.NET's per-call cost (a
/// one-row cursor reset per call, the typed row copy in and out).</item>
/// </list>
/// Neither path makes a string per token: the tokens are slices of the normalized text.
/// </summary>
public sealed class MlNetTextCleaner
{
    private const string InputColumn = "text";
    private const string NormalizedColumn = "n";
    private const string TokensColumn = "t";

    private readonly MLContext _ml = new(seed: 0);
    private readonly EstimatorChain<WordTokenizingTransformer> _estimator;
    private readonly PredictionEngine<TextRow, TokenRow> _engine;
    private readonly TextRow _input = new();
    private readonly TokenRow _output = new();
    private IReadOnlyList<string>? _prepared;
    private IDataView? _tokens;

    /// <summary>Builds the estimator and, fitted on an empty set, the prediction engine (neither transform learns anything).</summary>
    public MlNetTextCleaner()
    {
        _estimator = _ml.Transforms.Text.NormalizeText(
                NormalizedColumn,
                InputColumn,
                caseMode: TextNormalizingEstimator.CaseMode.Lower,
                keepDiacritics: false,
                keepPunctuations: false,
                keepNumbers: false)
            .Append(_ml.Transforms.Text.TokenizeIntoWords(TokensColumn, NormalizedColumn, [.. MlNetContender.WhitespaceSeparators]));
        var empty = _ml.Data.LoadFromEnumerable(Array.Empty<TextRow>());
        _engine = _ml.Model.CreatePredictionEngine<TextRow, TokenRow>(_estimator.Fit(empty));
    }

    /// <summary>Wraps <paramref name="documents"/> in a data view and builds the transformed view (the untimed part of <see cref="CleanPrepared"/>).</summary>
    public void Prepare(IReadOnlyList<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var rows = new List<TextRow>(documents.Count);
        foreach (var doc in documents)
        {
            rows.Add(new TextRow { Text = doc });
        }

        var data = _ml.Data.LoadFromEnumerable(rows);
        _tokens = _estimator.Fit(data).Transform(data);
        _prepared = documents;
    }

    /// <summary>
    /// Normalizes and tokenizes every document through a row cursor over the prepared view; returns the characters in all
    /// tokens (separators not counted). A list that was not prepared is prepared inside the call.
    /// </summary>
    public long CleanPrepared(IReadOnlyList<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (!ReferenceEquals(documents, _prepared) || _tokens is null)
        {
            Prepare(documents);
        }

        var column = _tokens!.Schema[TokensColumn];
        using var cursor = _tokens.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<ReadOnlyMemory<char>>>(column);
        var tokens = default(VBuffer<ReadOnlyMemory<char>>);
        long chars = 0;
        while (cursor.MoveNext())
        {
            getter(ref tokens);
            chars += TokenChars(tokens);
        }

        return chars;
    }

    /// <summary>Normalizes and tokenizes one document with the prediction engine; <paramref name="tokens"/> receives its tokens.</summary>
    /// <remarks>Not thread-safe: the engine and its rows are reused.</remarks>
    public void Clean(string document, ref VBuffer<ReadOnlyMemory<char>> tokens)
    {
        ArgumentNullException.ThrowIfNull(document);
        _input.Text = document;
        _output.Tokens = tokens;
        var output = _output;
        _engine.Predict(_input, ref output);
        tokens = output.Tokens;
    }

    /// <summary>Cleans every document with the prediction engine, one call each; returns the characters in all tokens.</summary>
    public long CleanEach(IReadOnlyList<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tokens = default(VBuffer<ReadOnlyMemory<char>>);
        long chars = 0;
        foreach (var doc in documents)
        {
            Clean(doc, ref tokens);
            chars += TokenChars(tokens);
        }

        return chars;
    }

    /// <summary>The tokens of one document as strings, for tests and inspection.</summary>
    public IReadOnlyList<string> Tokens(string document)
    {
        var tokens = default(VBuffer<ReadOnlyMemory<char>>);
        Clean(document, ref tokens);
        return [.. tokens.DenseValues().Select(t => t.ToString())];
    }

    private static long TokenChars(in VBuffer<ReadOnlyMemory<char>> tokens)
    {
        long chars = 0;
        foreach (var token in tokens.GetValues())
        {
            chars += token.Length;
        }

        return chars;
    }

    /// <summary>One input row.</summary>
    private sealed class TextRow
    {
        [ColumnName(InputColumn)]
        public string Text { get; set; } = string.Empty;
    }

    /// <summary>One output row: the tokens, as slices of the normalized text.</summary>
    private sealed class TokenRow
    {
        [ColumnName(TokensColumn)]
        public VBuffer<ReadOnlyMemory<char>> Tokens { get; set; }
    }
}
