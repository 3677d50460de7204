using System.CommandLine;
using System.Globalization;
using TextClean.Config;
using TextClean.Corpus.Jobs;
using TextClean.Jobs;

namespace TextClean.Cli.Commands;

/// <summary>
/// <c>textclean run [JOB] --input GLOB... --output DIR</c>: a corpus job. Options override the job file; with no job file the
/// default job runs (length and quality filters, the ml preset, exact dedup).
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var jobFile = new Argument<string?>("job") { Description = "A job file (.yaml, .yml or .json); the default job when none is given.", Arity = ArgumentArity.ZeroOrOne };
        var input = new Option<string[]>("--input", "-i") { Description = "Input files, directories or globs (repeatable; overrides input.paths).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--output", "-o") { Description = "The output directory (overrides output.dir)." };
        var workers = new Option<int?>("--workers", "-w") { Description = "Worker threads (default: the job file's, else one per core)." };
        var field = new Option<string?>("--field") { Description = "The JSON field, CSV column or Parquet column holding the text (default: text)." };
        var format = new Option<string?>("--format") { Description = "Read every input as this format instead of by extension." };
        format.AcceptOnlyFromAmong([.. JobConfig.Formats]);
        var invalidUtf8 = new Option<string?>("--invalid-utf8") { Description = "A document with invalid UTF-8: error (malformed, in the errors file; the default) or replace (U+FFFD, then processed)." };
        invalidUtf8.AcceptOnlyFromAmong([.. JobConfig.InvalidUtf8Policies]);
        var shardIndex = new Option<int>("--shard-index") { Description = "This process's shard, 0-based (with --shard-count): a Slurm array task id or a Kubernetes completion index.", DefaultValueFactory = _ => 0 };
        var shardCount = new Option<int>("--shard-count") { Description = "How many processes share the job; each takes every n-th work unit.", DefaultValueFactory = _ => 1 };
        var progress = new Option<string>("--progress") { Description = "Progress display: auto (a live display on a terminal, log lines otherwise), live, log, none.", DefaultValueFactory = _ => "auto" };
        progress.AcceptOnlyFromAmong("auto", "live", "log", "none");
        var command = new Command(
            "run",
            "Run a corpus job: read files (text, JSON Lines, CSV, Parquet; .gz, .zst), filter, clean and deduplicate them, and write kept, rejected and malformed documents with stats.json and stats.md to the output directory. Re-running a killed job resumes it.")
        {
            jobFile, input, output, workers, field, format, invalidUtf8, shardIndex, shardCount, progress,
        };
        command.SetAction(parse => CommandRunner.Run(parse, error =>
        {
            string? file = parse.GetValue(jobFile);
            var job = file is null ? JobConfig.Default : JobConfigFile.Load(file);
            if (parse.GetValue(input) is { Length: > 0 } inputs)
            {
                job = job with { Inputs = inputs };
            }

            job = job with
            {
                Output = parse.GetValue(output) ?? job.Output,
                Workers = parse.GetValue(workers) ?? job.Workers,
                TextField = parse.GetValue(field) ?? job.TextField,
                Format = parse.GetValue(format) ?? job.Format,
                InvalidUtf8 = parse.GetValue(invalidUtf8) ?? job.InvalidUtf8,
            };
            if (job.Workers is < 1)
            {
                throw new UsageException("--workers must be at least 1");
            }

            var counters = new JobProgress();
            var options = new JobRunOptions
            {
                ShardIndex = parse.GetValue(shardIndex),
                ShardCount = parse.GetValue(shardCount),
                Progress = counters,
                Log = line => error.WriteLine($"textclean: {line}"),
            };
            string mode = parse.GetValue(progress)!;
            if (mode == "auto")
            {
                mode = Console.IsErrorRedirected || error != Console.Error ? "log" : "live";
            }

            var result = ProgressDisplay.Run(mode, counters, error, () => new JobRunner(job, options).Run());
            error.WriteLine($"textclean: {result.Message}");
            if (result.Total is { } total)
            {
                error.WriteLine($"textclean: stats in {Path.Combine(job.Output!, "stats.json")} and stats.md");
                if (!total.Balances)
                {
                    throw new InvalidDataException("the account does not balance: documents were lost; this is a bug, please report it");
                }
            }
        }));
        return command;
    }
}
