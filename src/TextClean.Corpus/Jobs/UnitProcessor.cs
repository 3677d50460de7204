using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using TextClean.Corpus.IO;

namespace TextClean.Corpus.Jobs;

/// <summary>
/// Runs one work unit: one thread reads batches, the workers run the stages on them in parallel, and this thread writes the
/// results in input order. Everything goes to a temporary folder that is renamed when complete, so a killed run leaves no
/// unit that looks finished. Memory is bounded by the batches in flight (workers + 1, each at most <see cref="BatchBytes"/>).
/// </summary>
internal sealed class UnitProcessor(JobContext context)
{
    private const int BatchRecords = 512;
    private const int BatchBytes = 1 << 20;

    public UnitStats Process(WorkUnit unit, JobProgress progress, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        string temporary = context.Layout.TemporaryDirectory(unit);
        if (Directory.Exists(temporary))
        {
            Directory.Delete(temporary, recursive: true);
        }

        Directory.CreateDirectory(temporary);
        var stats = new UnitStats();
        var compression = context.OutputCompression(unit);
        using (var reader = OpenReader(unit))
        {
            var outputs = new UnitOutputs(reader, temporary, compression, context.Stages.Dedup is null ? -1 : context.Stages.BandCount);
            try
            {
                Pump(unit, reader, outputs, stats, progress, cancel);
                outputs.Complete();
            }
            finally
            {
                outputs.Dispose();
            }
        }

        stats.Seconds = clock.Elapsed.TotalSeconds;
        WriteStats(Path.Combine(temporary, "unit.json"), unit, stats);
        string done = context.Layout.UnitDirectory(unit);
        Directory.CreateDirectory(Path.GetDirectoryName(done)!);
        Directory.Move(temporary, done);
        return stats;
    }

    private RecordReader OpenReader(WorkUnit unit)
    {
        try
        {
            return RecordReader.Open(unit, context.Input);
        }
        catch (IOException e)
        {
            throw new InputException($"cannot read {unit.Path}: {e.Message}", e);
        }
    }

    private void Pump(WorkUnit unit, RecordReader reader, UnitOutputs outputs, UnitStats stats, JobProgress progress, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var inFlight = new BlockingCollection<Task<Batch>>(context.Workers + 1);
        using var workers = new SemaphoreSlim(context.Workers);
        var producer = Task.Run(
            () =>
            {
                try
                {
                    while (ReadBatch(reader) is { } batch)
                    {
                        inFlight.Add(Task.Run(() => Run(batch, stats, workers, stop.Token), stop.Token), stop.Token);
                    }
                }
                finally
                {
                    inFlight.CompleteAdding();
                }
            },
            stop.Token);
        try
        {
            foreach (var task in inFlight.GetConsumingEnumerable(stop.Token))
            {
                var batch = task.GetAwaiter().GetResult();
                Write(unit, batch, outputs, stats, progress);
            }

            producer.GetAwaiter().GetResult();
        }
        catch
        {
            stop.Cancel();
            throw;
        }
    }

    private static Batch? ReadBatch(RecordReader reader)
    {
        var records = new List<InputRecord>(BatchRecords);
        long bytes = 0;
        while (records.Count < BatchRecords && bytes < BatchBytes && reader.TryRead(out var record))
        {
            records.Add(record);
            bytes += record.ByteLength;
        }

        return records.Count == 0 ? null : new Batch(records, new DocumentResult[records.Count]);
    }

    private Batch Run(Batch batch, UnitStats stats, SemaphoreSlim workers, CancellationToken cancel)
    {
        workers.Wait(cancel);
        try
        {
            for (int i = 0; i < batch.Records.Count; i++)
            {
                var record = batch.Records[i];
                context.Stages.Run(new InputRecordView(record.Line, record.Text, record.Error), ref batch.Results[i], stats);
            }

            return batch;
        }
        finally
        {
            workers.Release();
        }
    }

    private static void Write(WorkUnit unit, Batch batch, UnitOutputs outputs, UnitStats stats, JobProgress progress)
    {
        long kept = 0, rejected = 0, malformed = 0, bytes = 0;
        for (int i = 0; i < batch.Records.Count; i++)
        {
            var record = batch.Records[i];
            ref var result = ref batch.Results[i];
            stats.Add(record.ByteLength, record.InvalidUtf8, result);
            bytes += record.ByteLength;
            switch (result.Outcome)
            {
                case Outcome.Kept:
                    kept++;
                    outputs.Kept.WriteKept(record, result.Text!);
                    outputs.Keys?.Add(record.Line, result);
                    break;
                case Outcome.Rejected:
                    rejected++;
                    outputs.Rejected.WriteRejected(record, result.Verdict);
                    break;
                default:
                    malformed++;
                    outputs.Errors.Write(unit.Path, record.Line, record.Error!, record.Excerpt);
                    break;
            }
        }

        progress.AddBatch(batch.Records.Count, kept, rejected, malformed, bytes);
    }

    private static void WriteStats(string path, WorkUnit unit, UnitStats stats)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("unit", unit.Name);
        json.WriteString("path", unit.Path);
        stats.WriteJson(json);
        json.WriteEndObject();
    }

    public static UnitStats ReadStats(string unitDirectory)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(unitDirectory, "unit.json")));
        return UnitStats.ReadJson(json.RootElement);
    }

    private sealed record Batch(List<InputRecord> Records, DocumentResult[] Results);
}

/// <summary>The files of one unit in progress: kept always; rejected, errors and keys when there is something to write.</summary>
internal sealed class UnitOutputs(RecordReader reader, string folder, Compression compression, int bands) : IDisposable
{
    private RecordWriter? _rejected;
    private ErrorWriter? _errors;

    public RecordWriter Kept { get; } = reader.CreateWriter(Create(Path.Combine(folder, "kept" + reader.OutputExtension(OutputKind.Kept) + OutputLayout.Suffix(compression))), OutputKind.Kept, compression);

    public RecordWriter Rejected => _rejected ??= reader.CreateWriter(Create(Path.Combine(folder, "rejected" + reader.OutputExtension(OutputKind.Rejected) + OutputLayout.Suffix(compression))), OutputKind.Rejected, compression);

    public ErrorWriter Errors => _errors ??= new ErrorWriter(Create(Path.Combine(folder, "errors.jsonl")));

    public KeysFile.Writer? Keys { get; } = bands < 0 ? null : new KeysFile.Writer(Path.Combine(folder, "keys.bin"), bands);

    public void Complete()
    {
        Kept.Complete();
        _rejected?.Complete();
        _errors?.Complete();
    }

    public void Dispose()
    {
        Kept.Dispose();
        _rejected?.Dispose();
        _errors?.Dispose();
        Keys?.Dispose();
    }

    private static FileStream Create(string path) => new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
}
