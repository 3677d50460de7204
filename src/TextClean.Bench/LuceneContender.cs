using System.Diagnostics.CodeAnalysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace TextClean.Bench;

/// <summary>
/// Lucene.Net's <see cref="StandardTokenizer"/> (UAX #29 word boundaries, <see cref="LuceneVersion.LUCENE_48"/>), one instance
/// reused for every document with SetReader / Reset / IncrementToken / End / Dispose, as Lucene's analyzers reuse it.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The tokenizer is closed (Dispose) after every document; between documents it holds only managed buffers.")]
public sealed class LuceneContender : TokenizerContender
{
    private readonly StandardTokenizer _tokenizer;
    private readonly ITypeAttribute _type;

    /// <summary>Creates the contender and its one tokenizer.</summary>
    public LuceneContender()
    {
        _tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, TextReader.Null);
        _type = _tokenizer.AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc/>
    public override string Id => "lucene";

    /// <inheritdoc/>
    public override string Name => "Lucene.Net StandardTokenizer";

    /// <inheritdoc/>
    public override string Description =>
        "Lucene.Net 4.8 StandardTokenizer (UAX #29), one instance reused; fills its term, offset and type attributes per token; punctuation and symbols are dropped, not tokens; a StringReader per document.";

    /// <inheritdoc/>
    public override long CountTokens(IReadOnlyList<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        long count = 0;
        for (int i = 0; i < documents.Count; i++)
        {
            count += CountOne(documents[i]);
        }

        return count;
    }

    private long CountOne(string text)
    {
        long count = 0;
        _tokenizer.SetReader(new StringReader(text));
        try
        {
            _tokenizer.Reset();
            while (_tokenizer.IncrementToken())
            {
                // Read the type like a caller would; it is a static string, so this costs a load, not a copy.
                count += _type.Type is null ? 0 : 1;
            }

            _tokenizer.End();
        }
        finally
        {
            // Lucene.Net's Close(): the tokenizer can take the next reader afterwards.
            _tokenizer.Dispose();
        }

        return count;
    }
}
