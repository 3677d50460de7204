namespace TextClean.ML;

/// <summary>What the <c>CleanText</c> transform writes to its output column.</summary>
public enum CleanTextOutput
{
    /// <summary>The cleaned text: a text column holding what <see cref="TextClean.Pipeline.TextPipeline.Clean"/> returns.</summary>
    Text,

    /// <summary>
    /// The tokens of the cleaned text: a variable-length vector-of-text column holding every token that
    /// <see cref="TextClean.Tokenization.Tokenizer.Default"/> finds in the cleaned text, in order. Every kind is kept (words,
    /// numbers, punctuation, symbols, emoji, URLs, placeholders such as <c>&lt;NUM&gt;</c>, ...), so what reaches the model is
    /// decided by the pipeline config alone: a config that removes punctuation gives no punctuation tokens. Whitespace is not a
    /// token. Feed this column to ML.NET's n-gram featurizers, not to its word tokenizer.
    /// </summary>
    Tokens,
}
