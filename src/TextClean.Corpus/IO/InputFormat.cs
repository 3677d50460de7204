namespace TextClean.Corpus.IO;

/// <summary>The record formats a corpus job reads and writes.</summary>
public enum InputFormat
{
    /// <summary>Plain UTF-8 text, one document per line.</summary>
    Text,

    /// <summary>JSON Lines: one JSON object per line, the text in a named field, other fields carried through.</summary>
    JsonLines,

    /// <summary>CSV (RFC 4180) with a header row; the text in a named column, other columns carried through.</summary>
    Csv,

    /// <summary>Apache Parquet; the text in a named string column, other columns carried through.</summary>
    Parquet,
}
