using System.Diagnostics;
using System.Globalization;
using System.Text;
using TextClean.Corpus.IO;
using TextClean.Jobs;

namespace TextClean.Corpus.Jobs;

/// <summary>How to run a job: which shard this process is, how many workers, where to report.</summary>
public sealed record JobRunOptions
{
    /// <summary>This process's shard, 0-based (below <see cref="ShardCount"/>).</summary>
    public int ShardIndex { get; init; }

    /// <summary>How many processes share the job; each takes every <see cref="ShardCount"/>-th unit.</summary>
    public int ShardCount { get; init; } = 1;

    /// <summary>Worker threads (the job file's value, else one per core, when null).</summary>
    public int? Workers { get; init; }

    /// <summary>Where progress counters go; read it from another thread to show progress.</summary>
    public JobProgress Progress { get; init; } = new();

    /// <summary>Where log lines go (units done, skipped, finalizing).</summary>
    public Action<string> Log { get; init; } = _ => { };
}

/// <summary>What a run did.</summary>
/// <param name="Total">The job's account, when this run finished the job (null when other shards are still working).</param>
/// <param name="UnitCount">Units in the whole job.</param>
/// <param name="UnitsRun">Units this run processed.</param>
/// <param name="UnitsSkipped">Units of this shard already done by an earlier run.</param>
/// <param name="Message">What happened, in a sentence.</param>
public sealed record JobResult(UnitStats? Total, int UnitCount, int UnitsRun, int UnitsSkipped, string Message);

/// <summary>A job that cannot start: no inputs, no output, an output that holds another job, inputs inside the output.</summary>
public sealed class JobException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JobException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public JobException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public JobException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>
/// Runs a corpus job: plans the work units (files, and parts of large files), processes this shard's units that are not done
/// yet, and when every unit of the job is done, finalizes (job-wide dedup, final file names, stats). Killed runs resume: a unit
/// is done when its folder exists, and re-running the same command skips it. The output is byte-identical whatever the
/// workers, shards or interruptions.
/// </summary>
public sealed class JobRunner
{
    private readonly JobConfig _job;
    private readonly JobRunOptions _options;

    /// <summary>Creates a runner.</summary>
    public JobRunner(JobConfig job, JobRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        _job = job;
        _options = options ?? new JobRunOptions();
        if (_options.ShardCount < 1 || _options.ShardIndex < 0 || _options.ShardIndex >= _options.ShardCount)
        {
            throw new JobException(string.Create(CultureInfo.InvariantCulture, $"shard index {_options.ShardIndex} is not in 0..{_options.ShardCount - 1} (shard count {_options.ShardCount})"));
        }
    }

    /// <summary>Runs this process's share of the job.</summary>
    /// <exception cref="JobException">The job cannot start.</exception>
    /// <exception cref="InputException">An input cannot be read.</exception>
    public JobResult Run(CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        if (string.IsNullOrEmpty(_job.Output))
        {
            throw new JobException("no output directory: give --output DIR or output.dir in the job file");
        }

        if (_job.Inputs.Count == 0)
        {
            throw new JobException("no inputs: give --input (files, directories or globs) or input.paths in the job file");
        }

        var input = JobContext.InputOptionsOf(_job);
        var files = InputFiles.Expand(_job.Inputs);
        string root = Path.GetFullPath(_job.Output) + Path.DirectorySeparatorChar;
        if (files.FirstOrDefault(f => Path.GetFullPath(f).StartsWith(root, StringComparison.Ordinal)) is { } inside)
        {
            throw new JobException($"input {inside} is inside the output directory {_job.Output}; write the output somewhere else");
        }

        var units = WorkPlanner.Plan(files, input);
        var layout = new OutputLayout(_job.Output, units);
        int workers = _options.Workers ?? _job.Workers ?? Environment.ProcessorCount;
        var context = new JobContext(_job, layout, workers);
        CheckFingerprint(layout, units);

        var mine = units.Where((_, i) => i % _options.ShardCount == _options.ShardIndex).ToList();
        var todo = mine.Where(u => !Directory.Exists(layout.UnitDirectory(u))).ToList();
        var progress = _options.Progress;
        progress.UnitCount = todo.Count;
        progress.TotalDiskBytes = todo.Sum(u => u.DiskBytes);
        if (todo.Count < mine.Count)
        {
            _options.Log($"{mine.Count - todo.Count} of {mine.Count} units already done by an earlier run; skipping them");
        }

        // One process doing the whole job finalizes each unit as soon as it and the units before it are done, in a thread of its
        // own beside the processing, so dedup and the final files cost no extra time at the end. Shards finalize at the end,
        // in the last one to finish: only then are the other shards' units known to be done.
        var finalizer = new Finalizer(context);
        var index = units.Select((u, i) => (u.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var inline = InlineDedup(context, units, layout);
        using var stopFinalizing = new CancellationTokenSource();
        var ready = units.Select(u => new ManualResetEventSlim(Directory.Exists(layout.UnitDirectory(u)))).ToArray();
        Thread? alongside = null;
        UnitStats? total = null;
        Exception? finalizeFailure = null;
        if (_options.ShardCount == 1)
        {
            Lock(layout, required: true);
            alongside = new Thread(() =>
            {
                try
                {
                    total = finalizer.Run(units, decide: inline is null, u => ready[u].Wait(stopFinalizing.Token));
                }
                catch (OperationCanceledException)
                {
                }
                catch (Exception e)
                {
                    finalizeFailure = e;
                }
            }) { Name = "textclean finalizer", IsBackground = true };
            alongside.Start();
        }

        try
        {
            new UnitProcessor(context, inline, index).Process(
                todo,
                progress,
                (unit, stats) =>
                {
                    ready[index[unit.Name]].Set();
                    _options.Log(string.Create(CultureInfo.InvariantCulture, $"done {unit.Name}: {stats.Read:N0} read, {stats.Kept:N0} kept, {stats.Rejected:N0} rejected, {stats.Malformed:N0} malformed, {stats.Seconds:0.0} s"));
                },
                cancel);
            if (alongside is not null)
            {
                progress.Phase = "finalizing";
                alongside.Join();
                if (finalizeFailure is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(finalizeFailure);
                }

                return Finish(finalizer, total!, units.Count, workers, clock, todo.Count, mine.Count - todo.Count, layout);
            }
        }
        finally
        {
            stopFinalizing.Cancel();
            alongside?.Join();
            Array.ForEach(ready, r => r.Dispose());
        }

        int missing = units.Count(u => !Directory.Exists(layout.UnitDirectory(u)));
        if (missing > 0)
        {
            return new JobResult(null, units.Count, todo.Count, mine.Count - todo.Count, string.Create(CultureInfo.InvariantCulture, $"shard {_options.ShardIndex} of {_options.ShardCount} done; {missing} of {units.Count} units are still to do by other shards, and the last shard to finish writes the final output"));
        }

        if (!Lock(layout, required: false))
        {
            return new JobResult(null, units.Count, todo.Count, mine.Count - todo.Count, $"another process is finalizing {_job.Output} (lock {layout.FinalizeLock})");
        }

        progress.Phase = "finalizing";
        return Finish(finalizer, finalizer.Run(units, decide: true), units.Count, workers, clock, todo.Count, mine.Count - todo.Count, layout);
    }

    // One process that will see every unit in job order dedups as it writes, so the finalizer only moves files: possible when
    // the units done before (by an earlier run of this job) are the first ones and were deduplicated the same way. Their keys
    // prime the index so the rest are decided exactly as an uninterrupted run would.
    private DedupIndex? InlineDedup(JobContext context, IReadOnlyList<WorkUnit> units, OutputLayout layout)
    {
        if (_options.ShardCount != 1 || context.Stages.Dedup is not { } stage)
        {
            return null;
        }

        int done = units.TakeWhile(u => Directory.Exists(layout.UnitDirectory(u))).Count();
        if (units.Skip(done).Any(u => Directory.Exists(layout.UnitDirectory(u)))
            || units.Take(done).Any(u => !UnitProcessor.WasDeduplicatedInline(layout.UnitDirectory(u))))
        {
            return null;
        }

        var index = new DedupIndex(stage, units);
        for (int u = 0; u < done; u++)
        {
            foreach (var entry in KeysFile.Read(Path.Combine(layout.UnitDirectory(units[u]), "keys.bin")))
            {
                index.Decide(u, entry.Line, entry.Exact, entry.Bands);
            }
        }

        return index;
    }

    private JobResult Finish(Finalizer finalizer, UnitStats total, int units, int workers, Stopwatch clock, int run, int skipped, OutputLayout layout)
    {
        try
        {
            finalizer.WriteStats(total, units, workers, clock.Elapsed.TotalSeconds, _options.ShardCount);
            string temporary = Path.Combine(layout.Work, "tmp");
            if (Directory.Exists(temporary))
            {
                // Left by killed runs; every unit is done now, so nothing in it is in use.
                Directory.Delete(temporary, recursive: true);
            }

            return new JobResult(total, units, run, skipped, $"job complete: {total.Balance()}");
        }
        finally
        {
            File.Delete(layout.FinalizeLock);
        }
    }

    // The work folder belongs to one job: resuming with other settings or inputs would mix two jobs in one output.
    private void CheckFingerprint(OutputLayout layout, IReadOnlyList<WorkUnit> units)
    {
        var text = new StringBuilder("TextClean job\n");
        text.Append(CultureInfo.InvariantCulture, $"format={_job.Format} text_field={_job.TextField} invalid_utf8={_job.InvalidUtf8} max_record_bytes={_job.MaxRecordBytes} part_mb={_job.PartMegabytes} compression={_job.Compression}\n");
        foreach (var stage in _job.Stages)
        {
            text.Append("stage ").Append(stage switch
            {
                FilterStage f => f.Filter.ToString(),
                PipelineStage p => "pipeline " + p.Pipeline,
                _ => stage.ToString(),
            }).Append('\n');
        }

        foreach (var unit in units)
        {
            text.Append(CultureInfo.InvariantCulture, $"unit {unit.Name} {unit.Path} {unit.Start}-{unit.End} {unit.DiskBytes}\n");
        }

        Directory.CreateDirectory(layout.Work);
        string fingerprint = text.ToString();
        if (File.Exists(layout.Fingerprint))
        {
            if (File.ReadAllText(layout.Fingerprint) != fingerprint)
            {
                throw new JobException($"{layout.Root} holds the output of a different job (its settings or inputs differ; see {layout.Fingerprint}); remove it or choose another --output");
            }

            return;
        }

        string temporary = $"{layout.Fingerprint}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, fingerprint);
        File.Move(temporary, layout.Fingerprint, overwrite: true);
    }

    // One finalizer at a time; a lock left by a killed process on this machine is taken over. A single process (no shards)
    // owns its output, so it takes the lock whatever is left (required).
    private static bool Lock(OutputLayout layout, bool required)
    {
        string owner = $"{Environment.MachineName} {Environment.ProcessId}";
        for (int attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                using var stream = new FileStream(layout.FinalizeLock, FileMode.CreateNew, FileAccess.Write);
                stream.Write(Encoding.UTF8.GetBytes(owner));
                return true;
            }
            catch (IOException) when (File.Exists(layout.FinalizeLock))
            {
                if (required || IsStale(File.ReadAllText(layout.FinalizeLock)))
                {
                    File.Delete(layout.FinalizeLock);
                    continue;
                }

                return false;
            }
        }

        return false;
    }

    private static bool IsStale(string owner)
    {
        var parts = owner.Split(' ');
        if (parts.Length != 2 || parts[0] != Environment.MachineName || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out int pid))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
