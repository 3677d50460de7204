using TextClean.Corpus.IO;
using TextClean.Jobs;

namespace TextClean.Corpus.Jobs;

/// <summary>What every part of a running job shares: the config, the built stages, the input options, the layout, the workers.</summary>
internal sealed class JobContext(JobConfig job, OutputLayout layout, int workers)
{
    public JobConfig Job { get; } = job;

    public DocumentStages Stages { get; } = new(job);

    public OutputLayout Layout { get; } = layout;

    public int Workers { get; } = workers;

    public InputOptions Input { get; } = InputOptionsOf(job);

    public static InputOptions InputOptionsOf(JobConfig job) => new()
    {
        Format = job.Format switch
        {
            "text" => InputFormat.Text,
            "jsonl" => InputFormat.JsonLines,
            "csv" => InputFormat.Csv,
            "parquet" => InputFormat.Parquet,
            _ => null,
        },
        TextField = job.TextField,
        MaxRecordBytes = job.MaxRecordBytes,
        PartBytes = (long)job.PartMegabytes << 20,
    };

    public Compression OutputCompression(WorkUnit unit) => Job.Compression switch
    {
        "none" => Compression.None,
        "gzip" => Compression.Gzip,
        "zstd" => Compression.Zstd,
        _ => unit.Compression,
    };
}
