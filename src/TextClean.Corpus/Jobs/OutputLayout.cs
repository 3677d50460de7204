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
        var stems = units.Select(u => Stem(u.Name, keepFormat: false)).ToList();

        // Two inputs differing only in extension (a.csv, a.parquet) would share a stem: their format joins it then (a-csv, a-parquet).
        bool unique = stems.Distinct(StringComparer.Ordinal).Count() == stems.Count;
        _stems = units.Select((u, i) => (u.Name, Stem: unique ? stems[i] : Stem(u.Name, keepFormat: true))).ToDictionary(p => p.Name, p => p.Stem, StringComparer.Ordinal);
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

    // "crawl/01.jsonl.gz.part0003" → "crawl/01.part0003" (or "crawl/01-jsonl.part0003" keeping the format): the input's
    // compression extension goes, and its format extension too, the part stays.
    private static string Stem(string name, bool keepFormat)
    {
        var match = StemPattern().Match(name);
        if (!match.Success || match.Groups[1].Length == 0)
        {
            return name;
        }

        string format = keepFormat && match.Groups[2].Success ? "-" + match.Groups[2].Value : string.Empty;
        return match.Groups[1].Value + format + match.Groups[3].Value;
    }

    [GeneratedRegex(@"^(.*?)(?:\.(jsonl|ndjson|json|txt|text|csv|tsv|parquet))?(?:\.(?:gz|zst|zstd))?(\.part\d{4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex StemPattern();
}
