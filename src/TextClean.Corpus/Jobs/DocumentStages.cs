using System.Globalization;
using System.Text;
using TextClean.Corpus.Dedup;
using TextClean.Filters;
using TextClean.Jobs;
using TextClean.Pipeline;

namespace TextClean.Corpus.Jobs;

/// <summary>What happened to one document in the per-document stages.</summary>
internal enum Outcome
{
    Kept,
    Rejected,
    Malformed,
}

/// <summary>
/// The per-document stages of a job, built once and shared by the workers: filters and the pipeline in configured order, then
/// the dedup keys of what is left. Thread-safe.
/// </summary>
internal sealed class DocumentStages
{
    // Per-normalizer changes are counted on one document in this many (Explain costs 1.6 times Clean: about 1% more time).
    public const int ExplainEvery = 50;

    private readonly object[] _stages;
    private readonly bool _replaceInvalidUtf8;
    private readonly MinHasher? _minHasher;

    public DocumentStages(JobConfig job)
    {
        _stages = [.. job.Stages.Where(s => s is not DedupStage).Select(Build)];
        _replaceInvalidUtf8 = job.InvalidUtf8 == "replace";
        Dedup = job.Stages.OfType<DedupStage>().FirstOrDefault();
        if (Dedup is { Near: true })
        {
            _minHasher = new MinHasher(new MinHashOptions { ShingleWords = Dedup.ShingleWords, Bands = Dedup.Bands, RowsPerBand = Dedup.RowsPerBand });
        }
    }

    /// <summary>The dedup stage, if the job has one.</summary>
    public DedupStage? Dedup { get; }

    /// <summary>Band keys per document (0 without near-duplicate removal).</summary>
    public int BandCount => _minHasher?.BandCount ?? 0;

    /// <summary>Runs the stages over one document and records what happened in <paramref name="result"/>.</summary>
    public void Run(in InputRecordView record, ref DocumentResult result, UnitStats stats)
    {
        if (record.Error is not null)
        {
            result.Outcome = Outcome.Malformed;
            return;
        }

        if (record.InvalidUtf8 > 0 && !_replaceInvalidUtf8)
        {
            result.Outcome = Outcome.Malformed;
            result.Error = string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 ({record.InvalidUtf8} sequences); with input.invalid_utf8: replace they become U+FFFD and the document is processed");
            return;
        }

        string text = record.Text!;
        foreach (var stage in _stages)
        {
            if (stage is DocumentFilter filter)
            {
                bool keep = filter.Keep(text, out var verdict);
                if (verdict.Detail is { } detail && filter.Name == "language")
                {
                    result.Language = detail;
                }

                if (!keep)
                {
                    result.Outcome = Outcome.Rejected;
                    result.Verdict = verdict;
                    return;
                }
            }
            else
            {
                var pipeline = (TextPipeline)stage;
                if (record.Line % ExplainEvery == 1)
                {
                    CountChanges(pipeline, text, stats);
                }

                text = pipeline.Clean(text);
            }
        }

        result.Outcome = Outcome.Kept;
        result.Text = text;
        result.OutputBytes = Encoding.UTF8.GetByteCount(text);
        if (Dedup is { Exact: true } || _minHasher is not null)
        {
            result.ExactKey = ExactKey.Of(text);
        }

        if (_minHasher is not null)
        {
            result.BandKeys = new ulong[_minHasher.BandCount];
            _minHasher.BandKeys(text, result.BandKeys);
        }
    }

    private static void CountChanges(TextPipeline pipeline, string text, UnitStats stats)
    {
        foreach (var step in pipeline.Explain(text).Steps)
        {
            if (step.Changes.Count > 0)
            {
                stats.AddNormalizerChanges(step.Config.Name, step.Changes.Count);
            }
        }

        stats.AddExplained();
    }

    private static object Build(JobStage stage) => stage switch
    {
        FilterStage filter => FilterRegistry.Default.Create(filter.Filter),
        PipelineStage pipeline => TextPipeline.Create(pipeline.Pipeline),
        _ => throw new ArgumentException($"stage {stage.Name} does not run per document", nameof(stage)),
    };
}

/// <summary>The parts of an input record the stages read (a struct copy, so workers never touch the reader).</summary>
internal readonly record struct InputRecordView(long Line, string? Text, string? Error, int InvalidUtf8);

/// <summary>What the stages made of one document.</summary>
internal struct DocumentResult
{
    public Outcome Outcome;
    public string? Text;
    public FilterVerdict Verdict;

    /// <summary>Why a document that was read is malformed after all (invalid UTF-8); null when the reader said, or it is not.</summary>
    public string? Error;
    public string? Language;
    public UInt128 ExactKey;
    public ulong[]? BandKeys;

    /// <summary>UTF-8 bytes of the kept text, for the bytes-out count (counted once, by the worker).</summary>
    public long OutputBytes;
}
