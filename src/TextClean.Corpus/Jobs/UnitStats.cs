using System.Globalization;
using System.Text;
using System.Text.Json;
using TextClean.Filters;

namespace TextClean.Corpus.Jobs;

/// <summary>
/// The account of a unit of work, or of a whole job (units merged): documents and bytes in and out, rejections per rule,
/// documents per language, changes per normalizer. Counts of outcomes are added by one thread; normalizer changes may come
/// from several (they lock).
/// </summary>
public sealed class UnitStats
{
    private readonly object _gate = new();

    /// <summary>Records read (documents and malformed ones).</summary>
    public long Read { get; private set; }

    /// <summary>Documents kept.</summary>
    public long Kept { get; private set; }

    /// <summary>Documents rejected, by any filter or by dedup.</summary>
    public long Rejected { get; private set; }

    /// <summary>Malformed records (in the errors files).</summary>
    public long Malformed { get; private set; }

    /// <summary>Documents that had invalid UTF-8 (replaced by U+FFFD, still processed).</summary>
    public long InvalidUtf8Documents { get; private set; }

    /// <summary>Uncompressed input bytes.</summary>
    public long BytesIn { get; private set; }

    /// <summary>UTF-8 bytes of the kept documents' text.</summary>
    public long BytesOut { get; private set; }

    /// <summary>Rejections per rule (<c>quality.min_stop_words</c>, <c>dedup.exact</c>).</summary>
    public SortedDictionary<string, long> RejectedBy { get; } = new(StringComparer.Ordinal);

    /// <summary>Documents per language found by the language filter (all it saw).</summary>
    public SortedDictionary<string, long> Languages { get; } = new(StringComparer.Ordinal);

    /// <summary>Kept documents per language.</summary>
    public SortedDictionary<string, long> KeptLanguages { get; } = new(StringComparer.Ordinal);

    /// <summary>Changes per normalizer, counted on the documents explained (one in <see cref="DocumentStages.ExplainEvery"/>).</summary>
    public SortedDictionary<string, NormalizerCount> Normalizers { get; } = new(StringComparer.Ordinal);

    /// <summary>Documents whose changes were counted per normalizer.</summary>
    public long Explained { get; private set; }

    /// <summary>Wall-clock seconds spent.</summary>
    public double Seconds { get; set; }

    /// <summary>Checks the account: every record read is kept, rejected or malformed.</summary>
    public bool Balances => Kept + Rejected + Malformed == Read;

    /// <summary>One record and what happened to it.</summary>
    internal void Add(int byteLength, int invalidUtf8, in DocumentResult result)
    {
        Read++;
        BytesIn += byteLength;
        if (invalidUtf8 > 0)
        {
            InvalidUtf8Documents++;
        }

        switch (result.Outcome)
        {
            case Outcome.Kept:
                Kept++;
                BytesOut += result.OutputBytes;
                break;
            case Outcome.Rejected:
                AddRejection(result.Verdict.Rule);
                break;
            default:
                Malformed++;
                break;
        }

        if (result.Language is { } language)
        {
            Increment(Languages, language);
            if (result.Outcome == Outcome.Kept)
            {
                Increment(KeptLanguages, language);
            }
        }
    }

    /// <summary>A kept document that dedup rejects after all.</summary>
    internal void MoveToRejected(string rule, long bytes, string? language)
    {
        Kept--;
        BytesOut -= bytes;
        AddRejection(rule);
        if (language is not null && KeptLanguages.TryGetValue(language, out long count))
        {
            KeptLanguages[language] = count - 1;
        }
    }

    internal void AddNormalizerChanges(string normalizer, int changes)
    {
        lock (_gate)
        {
            var count = Normalizers.GetValueOrDefault(normalizer);
            Normalizers[normalizer] = new NormalizerCount(count.Documents + 1, count.Changes + changes);
        }
    }

    internal void AddExplained()
    {
        lock (_gate)
        {
            Explained++;
        }
    }

    /// <summary>Adds <paramref name="other"/>'s counts to these.</summary>
    public void Merge(UnitStats other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Read += other.Read;
        Kept += other.Kept;
        Rejected += other.Rejected;
        Malformed += other.Malformed;
        InvalidUtf8Documents += other.InvalidUtf8Documents;
        BytesIn += other.BytesIn;
        BytesOut += other.BytesOut;
        Explained += other.Explained;
        Seconds += other.Seconds;
        MergeInto(RejectedBy, other.RejectedBy);
        MergeInto(Languages, other.Languages);
        MergeInto(KeptLanguages, other.KeptLanguages);
        foreach (var (name, count) in other.Normalizers)
        {
            var mine = Normalizers.GetValueOrDefault(name);
            Normalizers[name] = new NormalizerCount(mine.Documents + count.Documents, mine.Changes + count.Changes);
        }
    }

    /// <summary>Writes the counts as a JSON object's properties.</summary>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("read", Read);
        json.WriteNumber("kept", Kept);
        json.WriteNumber("rejected", Rejected);
        json.WriteNumber("malformed", Malformed);
        json.WriteNumber("invalid_utf8_documents", InvalidUtf8Documents);
        json.WriteNumber("bytes_in", BytesIn);
        json.WriteNumber("bytes_out", BytesOut);
        WriteCounts(json, "rejected_by", RejectedBy);
        WriteCounts(json, "languages", Languages);
        WriteCounts(json, "kept_languages", KeptLanguages);
        json.WriteNumber("explained_documents", Explained);
        json.WriteStartObject("normalizers");
        foreach (var (name, count) in Normalizers)
        {
            json.WriteStartObject(name);
            json.WriteNumber("documents_changed", count.Documents);
            json.WriteNumber("changes", count.Changes);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteNumber("seconds", Math.Round(Seconds, 3));
    }

    /// <summary>Reads counts written by <see cref="WriteJson"/>.</summary>
    public static UnitStats ReadJson(JsonElement json)
    {
        var stats = new UnitStats
        {
            Read = json.GetProperty("read").GetInt64(),
            Kept = json.GetProperty("kept").GetInt64(),
            Rejected = json.GetProperty("rejected").GetInt64(),
            Malformed = json.GetProperty("malformed").GetInt64(),
            InvalidUtf8Documents = json.GetProperty("invalid_utf8_documents").GetInt64(),
            BytesIn = json.GetProperty("bytes_in").GetInt64(),
            BytesOut = json.GetProperty("bytes_out").GetInt64(),
            Explained = json.GetProperty("explained_documents").GetInt64(),
            Seconds = json.GetProperty("seconds").GetDouble(),
        };
        ReadCounts(json.GetProperty("rejected_by"), stats.RejectedBy);
        ReadCounts(json.GetProperty("languages"), stats.Languages);
        ReadCounts(json.GetProperty("kept_languages"), stats.KeptLanguages);
        foreach (var normalizer in json.GetProperty("normalizers").EnumerateObject())
        {
            stats.Normalizers[normalizer.Name] = new NormalizerCount(normalizer.Value.GetProperty("documents_changed").GetInt64(), normalizer.Value.GetProperty("changes").GetInt64());
        }

        return stats;
    }

    /// <summary>The one-line account: <c>kept + rejected + malformed = read: 5 + 3 + 1 = 9</c>.</summary>
    public string Balance() => string.Create(CultureInfo.InvariantCulture, $"kept + rejected + malformed = read: {Kept} + {Rejected} + {Malformed} = {Read}{(Balances ? string.Empty : "  (DOES NOT BALANCE)")}");

    private void AddRejection(string rule)
    {
        Rejected++;
        Increment(RejectedBy, rule);
    }

    private static void Increment(SortedDictionary<string, long> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static void MergeInto(SortedDictionary<string, long> into, SortedDictionary<string, long> from)
    {
        foreach (var (key, value) in from)
        {
            into[key] = into.GetValueOrDefault(key) + value;
        }
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, SortedDictionary<string, long> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in counts)
        {
            json.WriteNumber(key, value);
        }

        json.WriteEndObject();
    }

    private static void ReadCounts(JsonElement json, SortedDictionary<string, long> into)
    {
        foreach (var property in json.EnumerateObject())
        {
            into[property.Name] = property.Value.GetInt64();
        }
    }

    /// <summary>The account as Markdown tables, for stats.md.</summary>
    public string ToMarkdown(string title, IEnumerable<(string Name, string Value)> extra)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# {title}\n\n");
        text.Append("| | documents | bytes |\n|---|---:|---:|\n");
        text.Append(CultureInfo.InvariantCulture, $"| read | {Read:N0} | {BytesIn:N0} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| kept | {Kept:N0} | {BytesOut:N0} (cleaned text) |\n");
        text.Append(CultureInfo.InvariantCulture, $"| rejected | {Rejected:N0} | |\n");
        text.Append(CultureInfo.InvariantCulture, $"| malformed | {Malformed:N0} | |\n\n");
        text.Append(Balance()).Append("\n\n");
        foreach (var (name, value) in extra)
        {
            text.Append("- ").Append(name).Append(": ").Append(value).Append('\n');
        }

        text.Append("\n## Rejected, by rule\n\n| rule | documents | share of read |\n|---|---:|---:|\n");
        foreach (var (rule, count) in RejectedBy.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {rule} | {count:N0} | {Share(count, Read)} |\n");
        }

        if (Languages.Count > 0)
        {
            text.Append("\n## Languages\n\n| language | documents | kept |\n|---|---:|---:|\n");
            foreach (var (language, count) in Languages.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"| {language} | {count:N0} | {KeptLanguages.GetValueOrDefault(language):N0} |\n");
            }
        }

        if (Explained > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## Normalizers\n\nCounted on {Explained:N0} documents (one in {DocumentStages.ExplainEvery}).\n\n| normalizer | documents changed | share | changes |\n|---|---:|---:|---:|\n");
            foreach (var (name, count) in Normalizers.OrderByDescending(n => n.Value.Documents).ThenBy(n => n.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"| {name} | {count.Documents:N0} | {Share(count.Documents, Explained)} | {count.Changes:N0} |\n");
            }
        }

        return text.ToString();
    }

    private static string Share(long part, long whole) => whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}%");
}

/// <summary>How much one normalizer changed: documents it changed and changes it made.</summary>
/// <param name="Documents">Documents changed.</param>
/// <param name="Changes">Changes made.</param>
public readonly record struct NormalizerCount(long Documents, long Changes);
