using System.Globalization;
using System.Text.Json;
using TextClean.Corpus.IO;
using TextClean.Filters;

namespace TextClean.Corpus.Jobs;

/// <summary>
/// Finishes a job once every unit is done: deduplicates across the whole job in job order (units in plan order, documents in
/// input order, so any sharding gives the same answer), moves each unit's files to their final names (rewriting only the kept
/// files that lose duplicates), and writes stats.json and stats.md. Re-running it after a kill gives the same result: each
/// unit is marked once its files are in place, and the dedup decisions are recomputed from the keys, which stay in .work.
/// </summary>
internal sealed class Finalizer(JobContext context)
{
    /// <summary>Finalizes <paramref name="units"/> in order.</summary>
    /// <param name="units">The job's units, in job order.</param>
    /// <param name="decide">Decide duplicates here (false: the writer did, as it wrote every unit in job order).</param>
    /// <param name="waitFor">Blocks until unit <c>u</c> is done (it is already, by default).</param>
    public UnitStats Run(IReadOnlyList<WorkUnit> units, bool decide, Action<int>? waitFor = null)
    {
        var dedup = context.Stages.Dedup is { } stage ? new DedupIndex(stage, units) : null;
        var total = new UnitStats();
        for (int u = 0; u < units.Count; u++)
        {
            waitFor?.Invoke(u);
            var unit = units[u];
            string folder = context.Layout.UnitDirectory(unit);
            var stats = UnitProcessor.ReadStats(folder);
            var duplicates = new Dictionary<long, FilterVerdict>();
            if (dedup is not null && decide)
            {
                long index = 0;
                foreach (var entry in KeysFile.Read(Path.Combine(folder, "keys.bin")))
                {
                    var verdict = dedup.Decide(u, entry.Line, entry.Exact, entry.Bands);
                    if (entry.Rejected)
                    {
                        // The writer rejected it already, deciding in job order as this does.
                        if (verdict is null)
                        {
                            throw new InvalidDataException($"{folder}: line {entry.Line} was rejected as a duplicate when written but is not one in job order; remove the output and run the job again");
                        }

                        continue;
                    }

                    if (verdict is { } v)
                    {
                        duplicates[index] = v;
                        stats.MoveToRejected(v.Rule, entry.Bytes, entry.Language);
                    }

                    index++;
                }
            }

            if (!File.Exists(context.Layout.FinalizedMarker(unit)))
            {
                PlaceFiles(unit, folder, duplicates);
                File.WriteAllText(context.Layout.FinalizedMarker(unit), string.Empty);
            }

            total.Merge(stats);
        }

        return total;
    }

    private void PlaceFiles(WorkUnit unit, string folder, Dictionary<long, FilterVerdict> duplicates)
    {
        var compression = context.OutputCompression(unit);

        // Checked before anything moves: the writer's duplicates file leaves the folder below.
        if (duplicates.Count > 0 && Directory.EnumerateFiles(folder, "duplicates*").Any())
        {
            throw new InvalidDataException($"{folder}: duplicates were decided both when written and at the end; remove the output and run the job again");
        }

        foreach (string file in Directory.EnumerateFiles(folder))
        {
            string name = Path.GetFileName(file);
            string? target = name switch
            {
                _ when name.StartsWith("kept", StringComparison.Ordinal) => duplicates.Count > 0 ? null : context.Layout.FinalKept(unit, Extension(name, "kept", compression), compression),
                _ when name.StartsWith("rejected", StringComparison.Ordinal) => context.Layout.FinalRejected(unit, Extension(name, "rejected", compression), compression),
                _ when name.StartsWith("duplicates", StringComparison.Ordinal) => context.Layout.FinalDuplicates(unit, Extension(name, "duplicates", compression), compression),
                "errors.jsonl" => context.Layout.FinalErrors(unit),
                _ => null,
            };
            if (target is not null)
            {
                File.Move(file, target, overwrite: true);
            }
        }

        if (duplicates.Count > 0)
        {
            string kept = Directory.EnumerateFiles(folder, "kept*").Single();
            RemoveDuplicates(unit, kept, compression, duplicates);
        }
    }

    // Reads the unit's kept file back and splits it into the final kept file and the dedup rejects, both written atomically.
    private void RemoveDuplicates(WorkUnit unit, string kept, Compression compression, Dictionary<long, FilterVerdict> duplicates)
    {
        var keptUnit = unit with { Path = kept, Compression = compression, Part = 0, PartCount = 1, Start = 0, End = new FileInfo(kept).Length, DiskBytes = new FileInfo(kept).Length };
        using var reader = RecordReader.Open(keptUnit, context.Input with { PartBytes = long.MaxValue, Format = unit.Format });
        string extension = reader.OutputExtension(OutputKind.Kept);
        string keptTarget = context.Layout.FinalKept(unit, extension, compression);
        string dedupTarget = context.Layout.FinalDuplicates(unit, reader.OutputExtension(OutputKind.Rejected), compression);
        using (var keptWriter = reader.CreateWriter(Create(keptTarget + ".tmp"), OutputKind.Kept, compression))
        using (var dedupWriter = reader.CreateWriter(Create(dedupTarget + ".tmp"), OutputKind.Rejected, compression))
        {
            long index = 0;
            while (reader.TryRead(out var record))
            {
                if (duplicates.TryGetValue(index++, out var verdict))
                {
                    dedupWriter.WriteRejected(record, verdict);
                }
                else
                {
                    keptWriter.WriteKept(record, record.Text ?? string.Empty);
                }
            }

            keptWriter.Complete();
            dedupWriter.Complete();
        }

        File.Move(keptTarget + ".tmp", keptTarget, overwrite: true);
        File.Move(dedupTarget + ".tmp", dedupTarget, overwrite: true);
    }

    // "kept.jsonl.gz" → ".jsonl": the format extension between the prefix and the compression suffix.
    private static string Extension(string name, string prefix, Compression compression)
    {
        string rest = name[prefix.Length..];
        string suffix = OutputLayout.Suffix(compression);
        return rest.EndsWith(suffix, StringComparison.Ordinal) ? rest[..^suffix.Length] : rest;
    }

    private static FileStream Create(string path) => new(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);

    /// <summary>Writes stats.json and stats.md, each atomically.</summary>
    public void WriteStats(UnitStats total, int units, int workers, double seconds, int shardCount)
    {
        double megabytes = total.BytesIn / 1e6;
        var facts = new List<(string, string)>
        {
            ("units", units.ToString(CultureInfo.InvariantCulture)),
            ("shards", shardCount.ToString(CultureInfo.InvariantCulture)),
            ("workers", workers.ToString(CultureInfo.InvariantCulture)),
            ("unit seconds (summed over units)", total.Seconds.ToString("0.0", CultureInfo.InvariantCulture)),
            ("wall seconds (this process)", seconds.ToString("0.0", CultureInfo.InvariantCulture)),
            ("throughput (this process)", seconds > 0 ? string.Create(CultureInfo.InvariantCulture, $"{megabytes / seconds:0.0} MB/s, {total.Read / seconds:N0} documents/s") : "-"),
        };
        string json = Path.Combine(context.Layout.Work, "stats.json.tmp");
        using (var stream = new FileStream(json, FileMode.Create, FileAccess.Write))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            total.WriteJson(writer);
            writer.WriteNumber("units", units);
            writer.WriteNumber("shards", shardCount);
            writer.WriteNumber("workers", workers);
            writer.WriteNumber("wall_seconds", Math.Round(seconds, 3));
            writer.WriteNumber("megabytes_per_second", seconds > 0 ? Math.Round(megabytes / seconds, 2) : 0);
            writer.WriteEndObject();
        }

        File.Move(json, context.Layout.StatsJson, overwrite: true);
        string markdown = Path.Combine(context.Layout.Work, "stats.md.tmp");
        File.WriteAllText(markdown, total.ToMarkdown("TextClean corpus job", facts));
        File.Move(markdown, context.Layout.StatsMarkdown, overwrite: true);
    }
}
