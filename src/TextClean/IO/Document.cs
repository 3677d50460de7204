namespace TextClean.IO;

/// <summary>One input document: where it came from, its text, or why it could not be read.</summary>
/// <param name="Source">The file name, or "-" for standard input.</param>
/// <param name="Line">The 1-based line number in <paramref name="Source"/>.</param>
/// <param name="Text">The document text; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why this line is not a document (bad JSON, missing field); null when it is.</param>
/// <param name="InvalidUtf8">How many invalid UTF-8 sequences were replaced by U+FFFD.</param>
public sealed record Document(string Source, long Line, string? Text, string? Error, int InvalidUtf8)
{
    /// <summary>The whole JSON Lines record the text came from (null for plain text), so writers can keep its other fields.</summary>
    public string? Json { get; init; }
}
