using TextClean.Filters;
using TextClean.Pipeline;

namespace TextClean.Jobs;

/// <summary>
/// A corpus job: where to read, how to read it, the stages, and where to write. Code and job files build the same model;
/// command-line options override what a file sets. Immutable.
/// </summary>
public sealed record JobConfig
{
    /// <summary>The input formats a job file may name (<c>auto</c>: by each file's extension).</summary>
    public static IReadOnlyList<string> Formats { get; } = ["auto", "text", "jsonl", "csv", "parquet"];

    /// <summary>What to do with a document that has invalid UTF-8: <c>error</c> (it is malformed: in the errors file), <c>replace</c> (U+FFFD, then processed).</summary>
    public static IReadOnlyList<string> InvalidUtf8Policies { get; } = ["error", "replace"];

    /// <summary>The output compressions a job file may name (<c>same</c>: as the input file).</summary>
    public static IReadOnlyList<string> Compressions { get; } = ["same", "none", "gzip", "zstd"];

    /// <summary>The default job: length and quality filters on the raw text, the <c>ml</c> preset, exact dedup.</summary>
    public static JobConfig Default { get; } = new()
    {
        Stages =
        [
            new FilterStage(new FilterConfig("length")),
            new FilterStage(new FilterConfig("quality")),
            new PipelineStage(Presets.Get(Presets.DefaultName)),
            new DedupStage(),
        ],
    };

    /// <summary>Input files, directories or globs.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>The output directory.</summary>
    public string? Output { get; init; }

    /// <summary>The input format, one of <see cref="Formats"/>.</summary>
    public string Format { get; init; } = "auto";

    /// <summary>The JSON field, CSV column or Parquet column holding the text.</summary>
    public string TextField { get; init; } = "text";

    /// <summary>Invalid UTF-8 in a document, one of <see cref="InvalidUtf8Policies"/>.</summary>
    public string InvalidUtf8 { get; init; } = "error";

    /// <summary>A record longer than this many bytes is malformed.</summary>
    public int MaxRecordBytes { get; init; } = 16 << 20;

    /// <summary>Uncompressed text and JSON Lines files above this many MiB are split into parts (for workers and shards).</summary>
    public int PartMegabytes { get; init; } = 256;

    /// <summary>Compression of the outputs, one of <see cref="Compressions"/>.</summary>
    public string Compression { get; init; } = "same";

    /// <summary>Worker threads; null: one per core.</summary>
    public int? Workers { get; init; }

    /// <summary>The stages: filters and the pipeline in order, then at most one dedup stage.</summary>
    public IReadOnlyList<JobStage> Stages { get; init; } = [];
}
