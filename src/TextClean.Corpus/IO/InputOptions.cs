namespace TextClean.Corpus.IO;

/// <summary>How a job reads its inputs.</summary>
public sealed record InputOptions
{
    /// <summary>The format of every input; null: by each file's extension.</summary>
    public InputFormat? Format { get; init; }

    /// <summary>The JSON field, CSV column or Parquet column that holds the text.</summary>
    public string TextField { get; init; } = "text";

    /// <summary>A line (record) longer than this many bytes is malformed, not read into memory whole.</summary>
    public int MaxRecordBytes { get; init; } = 16 << 20;

    /// <summary>Uncompressed text and JSON Lines files larger than this are split into parts of about this size (by lines).</summary>
    public long PartBytes { get; init; } = 256L << 20;
}
