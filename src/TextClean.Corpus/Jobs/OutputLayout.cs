using System.Text.RegularExpressions;
using TextClean.Corpus.IO;

namespace TextClean.Corpus.Jobs;

/// <summary>
/// Where a job writes. Final files sit in the output directory, named after their input unit (<c>crawl-01.jsonl.gz</c> gives
/// <c>crawl-01.jsonl.gz</c>, <c>crawl-01.rejected.jsonl.gz</c>, <c>crawl-01.errors.jsonl</c>); work in progress sits in
/// <c>.work/</c>: a unit is written to <c>.work/tmp/</c> and renamed to <c>.work/units/NAME/</c> when complete, so the unit's
/// folder is its completion marker.
/// </summary>
internal sealed partial class OutputLayout
{
    private readonly Dictionary<string, string> _stems;

    public OutputLayout(string root, IReadOnlyList<WorkUnit> units)
    {
        Root = Path.GetFullPath(root);
        Work = Path.Combine(Root, ".work");
        var stems = units.Select(u => Stem(u.Name)).ToList();

        // Two inputs differing only in extension (a.txt, a.jsonl) would share a stem: keep their whole names then.
        bool unique = stems.Distinct(StringComparer.Ordinal).Count() == stems.Count;
        _stems = units.Select((u, i) => (u.Name, Stem: unique ? stems[i] : u.Name)).ToDictionary(p => p.Name, p => p.Stem, StringComparer.Ordinal);
    }

    public string Root { get; }

    public string Work { get; }

    public string Fingerprint => Path.Combine(Work, "job.txt");

    public string FinalizeLock => Path.Combine(Work, "finalize.lock");

    public string StatsJson => Path.Combine(Root, "stats.json");

    public string StatsMarkdown => Path.Combine(Root, "stats.md");

    public string UnitDirectory(WorkUnit unit) => Path.Combine(Work, "units", unit.Name);

    public string TemporaryDirectory(WorkUnit unit) => Path.Combine(Work, "tmp", $"{unit.Name}.{Environment.MachineName}.{Environment.ProcessId}");

    /// <summary>Marks that a unit's files are in their final place.</summary>
    public string FinalizedMarker(WorkUnit unit) => Path.Combine(UnitDirectory(unit), "finalized");

    public static string Suffix(Compression compression) => compression switch
    {
        Compression.Gzip => ".gz",
        Compression.Zstd => ".zst",
        _ => string.Empty,
    };

    public string FinalKept(WorkUnit unit, string extension, Compression compression) => Path.Combine(Root, _stems[unit.Name] + extension + Suffix(compression));

    public string FinalRejected(WorkUnit unit, string extension, Compression compression) => Path.Combine(Root, _stems[unit.Name] + ".rejected" + extension + Suffix(compression));

    public string FinalDuplicates(WorkUnit unit, string extension, Compression compression) => Path.Combine(Root, _stems[unit.Name] + ".rejected-dedup" + extension + Suffix(compression));

    public string FinalErrors(WorkUnit unit) => Path.Combine(Root, _stems[unit.Name] + ".errors.jsonl");

    // "crawl/01.jsonl.gz.part0003" → "crawl/01.part0003": the input's format and compression extensions go, the part stays.
    private static string Stem(string name)
    {
        var match = StemPattern().Match(name);
        return match.Success && match.Groups[1].Length > 0 ? match.Groups[1].Value + match.Groups[2].Value : name;
    }

    [GeneratedRegex(@"^(.*?)(?:\.(?:jsonl|ndjson|json|txt|text|csv|tsv|parquet))?(?:\.(?:gz|zst|zstd))?(\.part\d{4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex StemPattern();
}
