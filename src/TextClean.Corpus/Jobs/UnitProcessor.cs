using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using TextClean.Corpus.IO;
using TextClean.Filters;

namespace TextClean.Corpus.Jobs;

/// <summary>
/// Runs work units: one thread reads them in batches, the workers run the stages on the batches in parallel, and the calling
/// thread writes the results in input order. The reader moves on to the next unit while the last batches of one are still
/// being worked on, so the cores stay busy across files. A unit goes to a temporary folder that is renamed when complete, so
/// a killed run leaves no unit that looks finished. Memory is bounded by the batches in flight (2 × workers + 2, each at most
/// <see cref="BatchBytes"/>).
/// </summary>
internal sealed class UnitProcessor(JobContext context, DedupIndex? inline, IReadOnlyDictionary<string, int> unitIndex)
{
    private const int BatchRecords = 512;
    private const int BatchBytes = 1 << 20;

    /// <summary>Runs <paramref name="units"/> in order, calling <paramref name="done"/> as each is complete.</summary>
    // Dedicated threads, not pool tasks: the reader and the workers block on bounded queues, and blocked pool threads would
    // starve the pool (it adds threads slowly), leaving cores idle.
    public void Process(IReadOnlyList<WorkUnit> units, JobProgress progress, Action<WorkUnit, UnitStats> done, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var toWork = new BlockingCollection<Batch>(2 * context.Workers);
        using var inOrder = new BlockingCollection<Batch>(2 * context.Workers + 2);
        Exception? readFailure = null;
        UnitRun? opened = null;
        var threads = new List<Thread>
        {
            new(() =>
            {
                try
                {
                    foreach (var unit in units)
                    {
                        stop.Token.ThrowIfCancellationRequested();
                        var run = opened = Open(unit);
                        while (ReadBatch(run) is { } batch)
                        {
                            inOrder.Add(batch, stop.Token);
                            toWork.Add(batch, stop.Token);
                        }

                        inOrder.Add(Batch.End(run), stop.Token);
                    }
                }
                catch (OperationCanceledException)
                {
                }
                catch (Exception e)
                {
                    readFailure = e;
                }
                finally
                {
                    inOrder.CompleteAdding();
                    toWork.CompleteAdding();
                }
            }) { Name = "textclean reader", IsBackground = true },
        };
        for (int w = 0; w < context.Workers; w++)
        {
            threads.Add(new Thread(() => Work(toWork, stop.Token)) { Name = "textclean worker", IsBackground = true });
        }

        UnitRun? current = null;
        threads.ForEach(t => t.Start());
        try
        {
            foreach (var batch in inOrder.GetConsumingEnumerable(stop.Token))
            {
                if (batch.Run != current)
                {
                    current = batch.Run;
                    progress.Phase = current.Unit.Name;
                    progress.UnitStarted(current.Unit.DiskBytes, current.Unit.Compression != Compression.None);
                }

                batch.Done.Wait(stop.Token);
                batch.Done.Dispose();
                if (batch.Failure is { } failure)
                {
                    ExceptionDispatchInfo.Throw(failure);
                }

                if (batch.IsEnd)
                {
                    Commit(batch.Run);
                    current = null;
                    progress.UnitFinished(batch.Run.Unit.DiskBytes);
                    done(batch.Run.Unit, batch.Run.Stats);
                    continue;
                }

                Write(batch, progress);
            }

            if (readFailure is not null)
            {
                ExceptionDispatchInfo.Throw(readFailure);
            }

            cancel.ThrowIfCancellationRequested();
        }
        finally
        {
            stop.Cancel();
            threads.ForEach(t => t.Join());
            // After a failure, close what is still open (disposing twice is harmless).
            current?.Dispose();
            opened?.Dispose();
            foreach (var batch in inOrder)
            {
                batch.Run.Dispose();
            }
        }
    }

    // Opens a unit's input and its outputs in a fresh temporary folder.
    private UnitRun Open(WorkUnit unit)
    {
        string temporary = context.Layout.TemporaryDirectory(unit);
        if (Directory.Exists(temporary))
        {
            Directory.Delete(temporary, recursive: true);
        }

        Directory.CreateDirectory(temporary);
        RecordReader reader;
        try
        {
            reader = RecordReader.Open(unit, context.Input);
        }
        catch (IOException e)
        {
            throw new InputException($"cannot read {unit.Path}: {e.Message}", e);
        }

        var outputs = new UnitOutputs(reader, temporary, context.OutputCompression(unit), context.Stages.Dedup is null ? -1 : context.Stages.BandCount);
        return new UnitRun(unit, reader, outputs, temporary);
    }

    private void Commit(UnitRun run)
    {
        run.Outputs.Complete();
        run.Dispose();
        run.Stats.Seconds = run.Clock.Elapsed.TotalSeconds;
        WriteStats(Path.Combine(run.Folder, "unit.json"), run.Unit, run.Stats);
        string done = context.Layout.UnitDirectory(run.Unit);
        Directory.CreateDirectory(Path.GetDirectoryName(done)!);
        Directory.Move(run.Folder, done);
    }

    private void Work(BlockingCollection<Batch> batches, CancellationToken cancel)
    {
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable(cancel))
            {
                try
                {
                    for (int i = 0; i < batch.Records.Count; i++)
                    {
                        var record = batch.Records[i];
                        context.Stages.Run(new InputRecordView(record.Line, record.Text, record.Error, record.InvalidUtf8), ref batch.Results[i], batch.Run.Stats);
                    }
                }
                catch (Exception e)
                {
                    batch.Failure = e;
                }
                finally
                {
                    batch.Done.Set();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static Batch? ReadBatch(UnitRun run)
    {
        var reader = run.Reader;
        var records = new List<InputRecord>(BatchRecords);
        long bytes = 0;
        while (records.Count < BatchRecords && bytes < BatchBytes && reader.TryRead(out var record))
        {
            records.Add(record);
            bytes += record.ByteLength;
        }

        return records.Count == 0 ? null : new Batch(run, records);
    }

    private void Write(Batch batch, JobProgress progress)
    {
        var (unit, outputs, stats) = (batch.Run.Unit, batch.Run.Outputs, batch.Run.Stats);
        int index = unitIndex[unit.Name];
        long kept = 0, rejected = 0, malformed = 0, bytes = 0;
        for (int i = 0; i < batch.Records.Count; i++)
        {
            var record = batch.Records[i];
            ref var result = ref batch.Results[i];
            FilterVerdict? duplicate = null;
            if (result.Outcome == Outcome.Kept && outputs.Keys is { } keys)
            {
                // Dedup as it writes, when this process sees every unit in job order; else the finalizer decides.
                duplicate = inline?.Decide(index, record.Line, result.ExactKey, result.BandKeys);
                keys.Add(record.Line, result, duplicate is not null);
                if (duplicate is { } verdict)
                {
                    result.Outcome = Outcome.Rejected;
                    result.Verdict = verdict;
                    outputs.Duplicates.WriteRejected(record, verdict, result.Text);
                }
            }

            stats.Add(record.ByteLength, record.InvalidUtf8, result);
            bytes += record.ByteLength;
            switch (result.Outcome)
            {
                case Outcome.Kept:
                    kept++;
                    outputs.Kept.WriteKept(record, result.Text!);
                    break;
                case Outcome.Rejected:
                    rejected++;
                    if (duplicate is null)
                    {
                        outputs.Rejected.WriteRejected(record, result.Verdict);
                    }

                    break;
                default:
                    malformed++;
                    outputs.Errors.Write(unit.Path, record.Line, record.Error ?? result.Error!, record.Excerpt ?? record.Text);
                    break;
            }
        }

        progress.AddBatch(batch.Records.Count, kept, rejected, malformed, bytes);
    }

    private void WriteStats(string path, WorkUnit unit, UnitStats stats)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("unit", unit.Name);
        json.WriteString("path", unit.Path);
        json.WriteBoolean("inline_dedup", inline is not null);
        stats.WriteJson(json);
        json.WriteEndObject();
    }

    /// <summary>Whether the unit in <paramref name="unitDirectory"/> was deduplicated as it was written.</summary>
    public static bool WasDeduplicatedInline(string unitDirectory)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(unitDirectory, "unit.json")));
        return json.RootElement.GetProperty("inline_dedup").GetBoolean();
    }

    public static UnitStats ReadStats(string unitDirectory)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(unitDirectory, "unit.json")));
        return UnitStats.ReadJson(json.RootElement);
    }

    private sealed class Batch(UnitRun run, List<InputRecord> records)
    {
        public UnitRun Run { get; } = run;

        public List<InputRecord> Records { get; } = records;

        public DocumentResult[] Results { get; } = new DocumentResult[records.Count];

        public ManualResetEventSlim Done { get; } = new();

        public Exception? Failure { get; set; }

        public bool IsEnd { get; private init; }

        // Marks the end of a unit in the ordered queue; nothing to work on.
        public static Batch End(UnitRun run)
        {
            var end = new Batch(run, []) { IsEnd = true };
            end.Done.Set();
            return end;
        }
    }

    /// <summary>One unit in progress: its input, its outputs, its temporary folder and its account.</summary>
    private sealed class UnitRun(WorkUnit unit, RecordReader reader, UnitOutputs outputs, string folder) : IDisposable
    {
        private bool _disposed;

        public WorkUnit Unit { get; } = unit;

        public RecordReader Reader { get; } = reader;

        public UnitOutputs Outputs { get; } = outputs;

        public string Folder { get; } = folder;

        public UnitStats Stats { get; } = new();

        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                Outputs.Dispose();
                Reader.Dispose();
            }
        }
    }
}

/// <summary>The files of one unit in progress: kept always; rejected, errors and keys when there is something to write.</summary>
internal sealed class UnitOutputs(RecordReader reader, string folder, Compression compression, int bands) : IDisposable
{
    private RecordWriter? _rejected;
    private RecordWriter? _duplicates;
    private ErrorWriter? _errors;

    public RecordWriter Kept { get; } = reader.CreateWriter(Create(Path.Combine(folder, "kept" + reader.OutputExtension(OutputKind.Kept) + OutputLayout.Suffix(compression))), OutputKind.Kept, compression);

    public RecordWriter Rejected => _rejected ??= reader.CreateWriter(Create(Path.Combine(folder, "rejected" + reader.OutputExtension(OutputKind.Rejected) + OutputLayout.Suffix(compression))), OutputKind.Rejected, compression);

    public RecordWriter Duplicates => _duplicates ??= reader.CreateWriter(Create(Path.Combine(folder, "duplicates" + reader.OutputExtension(OutputKind.Rejected) + OutputLayout.Suffix(compression))), OutputKind.Rejected, compression);

    public ErrorWriter Errors => _errors ??= new ErrorWriter(Create(Path.Combine(folder, "errors.jsonl")));

    public KeysFile.Writer? Keys { get; } = bands < 0 ? null : new KeysFile.Writer(Path.Combine(folder, "keys.bin"), bands);

    public void Complete()
    {
        Kept.Complete();
        _rejected?.Complete();
        _duplicates?.Complete();
        _errors?.Complete();
    }

    public void Dispose()
    {
        Kept.Dispose();
        _rejected?.Dispose();
        _duplicates?.Dispose();
        _errors?.Dispose();
        Keys?.Dispose();
    }

    private static FileStream Create(string path) => new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
}
