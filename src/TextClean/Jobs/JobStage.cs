using TextClean.Filters;
using TextClean.Pipeline;

namespace TextClean.Jobs;

/// <summary>One stage of a corpus job. Per-document stages (filters, the pipeline) run in the order configured; dedup runs last, over the whole job.</summary>
public abstract record JobStage
{
    /// <summary>The stage's name as written in a job file (<c>quality</c>, <c>pipeline</c>, <c>dedup</c>).</summary>
    public abstract string Name { get; }
}

/// <summary>A document filter stage: documents it rejects go to the rejected output with its verdict.</summary>
/// <param name="Filter">The filter's config.</param>
public sealed record FilterStage(FilterConfig Filter) : JobStage
{
    /// <inheritdoc/>
    public override string Name => Filter.Name;
}

/// <summary>The normalizer pipeline stage: the text of every document that reaches it is cleaned.</summary>
/// <param name="Pipeline">The pipeline's resolved config.</param>
public sealed record PipelineStage(PipelineConfig Pipeline) : JobStage
{
    /// <inheritdoc/>
    public override string Name => "pipeline";
}

/// <summary>
/// Deduplication across the whole job, in job order (inputs sorted, then line order): a document whose text (as it reaches this
/// stage) equals an earlier kept one is rejected as <c>dedup.exact</c>; with <see cref="Near"/>, one that shares a MinHash LSH band
/// with an earlier kept one is rejected as <c>dedup.near</c>.
/// </summary>
public sealed record DedupStage : JobStage
{
    /// <summary>The settings of the dedup stage, for validation, the schema and show-config.</summary>
    public static IReadOnlyList<SettingDefinition> Settings { get; } =
    [
        SettingDefinition.Boolean("exact", "Reject documents whose text equals an earlier document's (whitespace runs count as one space).", true),
        SettingDefinition.Boolean("near", "Reject near-duplicates found with MinHash LSH (word shingles; see docs/dedup.md).", false),
        SettingDefinition.WholeNumber("shingle_words", "Words per shingle for near-duplicate detection.", 5, 1, 32),
        SettingDefinition.WholeNumber("bands", "LSH bands; more bands catch less similar pairs.", 14, 1, 64),
        SettingDefinition.WholeNumber("rows_per_band", "MinHash values per band; more rows catch only more similar pairs.", 8, 1, 32),
    ];

    /// <inheritdoc/>
    public override string Name => "dedup";

    /// <summary>Exact deduplication on.</summary>
    public bool Exact { get; init; } = true;

    /// <summary>Near-duplicate removal on.</summary>
    public bool Near { get; init; }

    /// <summary>Words per shingle.</summary>
    public int ShingleWords { get; init; } = 5;

    /// <summary>LSH bands.</summary>
    public int Bands { get; init; } = 14;

    /// <summary>Rows per band.</summary>
    public int RowsPerBand { get; init; } = 8;
}
