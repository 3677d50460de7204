using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TextClean.Corpus.IO;
using TextClean.Corpus.Jobs;
using TextClean.Filters;
using TextClean.Jobs;

namespace TextClean.Corpus.Tests.Jobs;

public sealed class JobRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("textclean-job-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Real mail bodies, so the default filters see real text: the first n of the bundled SpamAssassin corpus.
    private static List<string> Mails(int n, int skip = 0)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "spamassassin.jsonl.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var mails = new List<string>();
        while (mails.Count < n + skip && reader.ReadLine() is { } line)
        {
            mails.Add(line);
        }

        return mails.Skip(skip).ToList();
    }

    private string Write(string name, IEnumerable<string> lines, bool gzip = false)
    {
        string path = Path.Combine(_dir, "in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));
        if (gzip)
        {
            using var file = File.Create(path);
            using var zip = new GZipStream(file, CompressionLevel.Fastest);
            zip.Write(bytes);
        }
        else
        {
            File.WriteAllBytes(path, bytes);
        }

        return path;
    }

    private JobConfig Job(string output, IReadOnlyList<JobStage>? stages = null) => JobConfig.Default with
    {
        Inputs = [Path.Combine(_dir, "in")],
        Output = Path.Combine(_dir, output),
        Stages = stages ?? JobConfig.Default.Stages,
    };

    // Every final file but the stats (which hold timings), by name.
    private static SortedDictionary<string, byte[]> Outputs(string folder) => new(
        Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith("stats.", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes),
        StringComparer.Ordinal);

    private static List<string> Lines(string file)
    {
        Stream stream = File.OpenRead(file);
        if (file.EndsWith(".gz", StringComparison.Ordinal))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    private void MixedInput()
    {
        var mails = Mails(120);
        Write("a.jsonl.gz", mails.Take(60), gzip: true);
        Write("b.jsonl", [
            .. mails.Skip(60).Take(30),
            "{\"text\": broken json",
            "{\"body\": \"no text field\"}",
            mails[5], // an exact duplicate of a document in a.jsonl.gz
            "{\"text\": \"Too short.\", \"note\": 7}",
        ]);
        Write("sub/c.txt", ["A line of plain text that is long enough, with the words of the stop list: the cat and the dog sat with me.", string.Empty, "short"]);
    }

    [Fact]
    public void Nothing_is_lost_every_record_is_kept_rejected_or_malformed()
    {
        MixedInput();
        var result = new JobRunner(Job("out"), new JobRunOptions { Workers = 2 }).Run();
        var total = Assert.IsType<UnitStats>(result.Total);
        Assert.Equal(60 + 34 + 3, total.Read);
        Assert.True(total.Balances, total.Balance());
        Assert.Equal(2, total.Malformed);
        Assert.Equal(1, total.RejectedBy["dedup.exact"]);
        Assert.True(total.RejectedBy["length.min_words"] >= 3, "'Too short.', the empty line and 'short' are too short");

        // The files say the same as the account.
        string output = Path.Combine(_dir, "out");
        long kept = 0, rejected = 0, malformed = 0;
        foreach (string file in Directory.EnumerateFiles(output).Where(f => !Path.GetFileName(f).StartsWith("stats.", StringComparison.Ordinal)))
        {
            int count = Lines(file).Count;
            string name = Path.GetFileName(file);
            if (name.Contains(".errors.", StringComparison.Ordinal))
            {
                malformed += count;
            }
            else if (name.Contains(".rejected", StringComparison.Ordinal))
            {
                rejected += count;
            }
            else
            {
                kept += count;
            }
        }

        Assert.Equal((total.Kept, total.Rejected, total.Malformed), (kept, rejected, malformed));
        var errors = Lines(Path.Combine(output, "b.errors.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([31L, 32L], errors.Select(e => e.GetProperty("line").GetInt64()));
        Assert.Contains("text", errors[1].GetProperty("error").GetString(), StringComparison.Ordinal);

        // The duplicate says what it duplicates; the rejected short one keeps its other fields and says why.
        var duplicate = JsonDocument.Parse(Assert.Single(Lines(Path.Combine(output, "b.rejected-dedup.jsonl")))).RootElement;
        Assert.Equal("dedup.exact", duplicate.GetProperty("rejected_by").GetString());
        Assert.Contains("a.jsonl.gz:6", duplicate.GetProperty("rejected_detail").GetString(), StringComparison.Ordinal);
        var tooShort = Lines(Path.Combine(output, "b.rejected.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).Single(r => r.TryGetProperty("note", out _));
        Assert.Equal("length.min_words", tooShort.GetProperty("rejected_by").GetString());
        Assert.Equal(2, tooShort.GetProperty("rejected_value").GetDouble());

        // stats.json holds the same account.
        var stats = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "stats.json"))).RootElement;
        Assert.Equal(total.Read, stats.GetProperty("read").GetInt64());
        Assert.Equal(total.Kept, stats.GetProperty("kept").GetInt64());
        Assert.Contains("kept + rejected + malformed = read", File.ReadAllText(Path.Combine(output, "stats.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Workers_shards_and_a_resumed_run_give_byte_identical_output()
    {
        MixedInput();
        Write("d.jsonl", Mails(200, skip: 200));
        var stages = JobConfig.Default.Stages.Take(3).Append(new DedupStage { Near = true }).ToList();
        new JobRunner(Job("one", stages), new JobRunOptions { Workers = 1 }).Run();
        var expected = Outputs(Path.Combine(_dir, "one"));
        Assert.Contains("d.jsonl", expected.Keys);

        new JobRunner(Job("many", stages), new JobRunOptions { Workers = 3 }).Run();
        Assert.Equal(expected, Outputs(Path.Combine(_dir, "many")));

        // Three shards in turn: only the last one to finish writes the final output.
        var results = Enumerable.Range(0, 3).Select(i => new JobRunner(Job("shards", stages), new JobRunOptions { ShardIndex = i, ShardCount = 3, Workers = 2 }).Run()).ToList();
        Assert.Null(results[0].Total);
        Assert.Null(results[1].Total);
        Assert.NotNull(results[2].Total);
        Assert.Equal(expected, Outputs(Path.Combine(_dir, "shards")));

        // Stopped after its first unit, then run again: the rest is done, the first unit is not redone.
        using var cancel = new CancellationTokenSource();
        var first = new JobRunOptions { Workers = 2, Log = line => cancel.Cancel() };
        Assert.ThrowsAny<OperationCanceledException>(() => new JobRunner(Job("resumed", stages), first).Run(cancel.Token));
        // What is there already is final (files of finished units, each complete); stats.json comes only with the whole job.
        var partial = Outputs(Path.Combine(_dir, "resumed"));
        Assert.NotEqual(expected.Count, partial.Count);
        Assert.All(partial, file => Assert.Equal(expected[file.Key], file.Value));
        Assert.False(File.Exists(Path.Combine(_dir, "resumed", "stats.json")));
        var again = new JobRunner(Job("resumed", stages), new JobRunOptions { Workers = 2 }).Run();
        Assert.Equal(1, again.UnitsSkipped);
        Assert.Equal(again.UnitCount - 1, again.UnitsRun);
        Assert.Equal(expected, Outputs(Path.Combine(_dir, "resumed")));
    }

    [Fact]
    public async Task Csv_and_parquet_jobs_keep_their_format_and_dedup_identically_in_shards()
    {
        var texts = Mails(60).Select(m => JsonDocument.Parse(m).RootElement.GetProperty("text").GetString()!).ToList();
        texts.Add(texts[3]);
        string csv = Path.Combine(_dir, "in", "mails.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(csv)!);
        File.WriteAllText(csv, "id,text\r\n" + string.Concat(texts.Select((t, i) => $"{i},\"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\r\n")));
        var id = new Parquet.Schema.DataField<int>("id");
        var text = new Parquet.Schema.DataField<string>("text");
        await using (var file = File.Create(Path.Combine(_dir, "in", "mails.parquet")))
        {
            await using var writer = await Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema(id, text), file);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(id, Enumerable.Range(0, texts.Count).ToArray());
            await group.WriteAsync(text, texts.ToArray());
        }

        var one = new JobRunner(Job("one")).Run().Total!;
        Assert.True(one.Balances);
        Assert.Equal(texts.Count * 2, one.Read);

        // The Parquet file holds the CSV's texts, so every one of its documents that passes the filters duplicates the CSV's:
        // the job keeps what the CSV alone keeps.
        var csvAlone = new JobRunner(Job("csv") with { Inputs = [csv] }).Run().Total!;
        Assert.Equal(csvAlone.Kept, one.Kept);
        Assert.Equal(one.Kept + csvAlone.RejectedBy["dedup.exact"], one.RejectedBy["dedup.exact"] - csvAlone.RejectedBy["dedup.exact"]);
        var expected = Outputs(Path.Combine(_dir, "one"));
        // mails.csv and mails.parquet would share the name "mails": their format joins it.
        Assert.Contains("mails-csv.csv", expected.Keys);
        Assert.Contains("mails-parquet.parquet", expected.Keys);
        Assert.Contains("mails-parquet.rejected-dedup.parquet", expected.Keys);
        Assert.StartsWith("id,text\r\n", Encoding.UTF8.GetString(expected["mails-csv.csv"]), StringComparison.Ordinal);

        new JobRunner(Job("shards"), new JobRunOptions { ShardIndex = 1, ShardCount = 2 }).Run();
        new JobRunner(Job("shards"), new JobRunOptions { ShardIndex = 0, ShardCount = 2 }).Run();
        Assert.Equal(expected, Outputs(Path.Combine(_dir, "shards")));
    }

    [Fact]
    public void A_large_file_is_split_into_parts_that_shards_share_with_the_same_result()
    {
        var lines = Mails(2500);
        lines.Insert(700, "{\"text\": broken");
        Write("big.jsonl", lines);
        Assert.True(new FileInfo(Path.Combine(_dir, "in", "big.jsonl")).Length > 3 << 20, "the file spans at least three 1 MiB parts");
        var whole = new JobRunner(Job("one") with { PartMegabytes = 1 }).Run();
        Assert.True(whole.UnitCount >= 3, $"{whole.UnitCount} units");
        var expected = Outputs(Path.Combine(_dir, "one"));
        Assert.Contains("big.part0000.jsonl", expected.Keys);

        // The malformed line keeps its line number in the whole file, whichever part it fell in.
        var error = Assert.Single(expected, f => f.Key.Contains(".errors.", StringComparison.Ordinal));
        Assert.Equal(701, JsonDocument.Parse(Encoding.UTF8.GetString(error.Value).Trim()).RootElement.GetProperty("line").GetInt64());

        for (int shard = 0; shard < 2; shard++)
        {
            new JobRunner(Job("shards") with { PartMegabytes = 1 }, new JobRunOptions { ShardIndex = shard, ShardCount = 2 }).Run();
        }

        Assert.Equal(expected, Outputs(Path.Combine(_dir, "shards")));
        Assert.Equal(2501, whole.Total!.Read);
    }

    [Fact]
    public void Invalid_utf8_is_malformed_unless_the_job_says_replace()
    {
        string path = Path.Combine(_dir, "in", "bytes.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        byte[] good = Encoding.UTF8.GetBytes("A clean line that has enough words for the filter of this test job.\n");
        File.WriteAllBytes(path, [.. good, .. "Caf\xe9 au lait, "u8.ToArray().Take(3), 0xE9, .. " and a second line of ordinary words.\n"u8.ToArray()]);
        var stages = new List<JobStage> { new FilterStage(new FilterConfig("length").With("min_words", "3")) };

        var strict = new JobRunner(Job("strict", stages)).Run().Total!;
        Assert.Equal((2L, 1L, 1L, 1L), (strict.Read, strict.Kept, strict.Malformed, strict.InvalidUtf8Documents));
        var error = JsonDocument.Parse(Assert.Single(Lines(Path.Combine(_dir, "strict", "bytes.errors.jsonl")))).RootElement;
        Assert.Equal(2, error.GetProperty("line").GetInt64());
        Assert.StartsWith("invalid UTF-8 (1 sequences)", error.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("Caf\uFFFD", error.GetProperty("excerpt").GetString(), StringComparison.Ordinal);

        var lenient = new JobRunner(Job("lenient", stages) with { InvalidUtf8 = "replace" }).Run().Total!;
        Assert.Equal((2L, 2L, 0L, 1L), (lenient.Read, lenient.Kept, lenient.Malformed, lenient.InvalidUtf8Documents));
    }

    [Fact]
    public void Near_duplicates_are_rejected_across_files()
    {
        var mail = JsonDocument.Parse(Mails(40).OrderByDescending(m => m.Length).First()).RootElement.GetProperty("text").GetString()!;
        // Two words changed in a long mail: a near-duplicate by any measure (Jaccard of 5-word shingles about 0.9).
        int first = mail.IndexOf(" the ", StringComparison.Ordinal);
        int second = mail.IndexOf(" and ", first + 1000, StringComparison.Ordinal);
        string edited = mail[..first] + " a " + mail[(first + 5)..second] + " or " + mail[(second + 5)..];
        Assert.NotEqual(mail, edited);
        Write("x.jsonl", [JsonSerializer.Serialize(new { text = mail })]);
        Write("y.jsonl", [JsonSerializer.Serialize(new { text = edited })]);
        var stages = new List<JobStage> { new DedupStage { Near = true } };
        var total = new JobRunner(Job("out", stages)).Run().Total!;
        Assert.Equal((1L, 1L), (total.Kept, total.RejectedBy.GetValueOrDefault("dedup.near")));

        // Without near-duplicate removal both stay: they are not exactly equal.
        Assert.Equal(2, new JobRunner(Job("exact", [new DedupStage()])).Run().Total!.Kept);
    }

    [Fact]
    public void The_language_filter_keeps_listed_languages_and_counts_every_language()
    {
        Write("langs.txt", [
            "The committee will meet again next week to discuss the budget for the coming year.",
            "Der Ausschuss wird sich nächste Woche erneut treffen, um den Haushalt zu besprechen.",
            "Le comité se réunira de nouveau la semaine prochaine pour discuter du budget.",
        ]);
        var keep = new FilterConfig("language").With("keep", "eng,deu");
        var total = new JobRunner(Job("out", [new FilterStage(keep)])).Run().Total!;
        Assert.Equal(2, total.Kept);
        Assert.Equal(1, total.RejectedBy["language.keep"]);
        Assert.Equal(["deu", "eng", "fra"], total.Languages.Keys);
        Assert.Equal(["deu", "eng"], total.KeptLanguages.Keys);
    }

    [Fact]
    public void A_job_refuses_an_output_holding_another_job_and_inputs_inside_the_output()
    {
        Write("a.txt", ["one document with enough words to pass the filters of the job"]);
        new JobRunner(Job("out")).Run();
        var other = Job("out", [new FilterStage(new FilterConfig("length"))]);
        var e = Assert.Throws<JobException>(() => new JobRunner(other).Run());
        Assert.Contains("different job", e.Message, StringComparison.Ordinal);

        Write("out/old.txt", ["an old output that must not be read as input again, with the words of a document"]);
        var inside = Job("in/out");
        Assert.Contains("inside the output", Assert.Throws<JobException>(() => new JobRunner(inside with { Inputs = [Path.Combine(_dir, "in", "out")] }).Run()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_inputs_stop_the_job_with_their_name()
    {
        string path = Path.Combine(_dir, "in", "corrupt.jsonl.gz");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        var e = Assert.Throws<InputException>(() => new JobRunner(Job("out")).Run());
        Assert.Contains("corrupt.jsonl.gz", e.Message, StringComparison.Ordinal);
        Assert.Throws<InputException>(() => new JobRunner(Job("out") with { Inputs = [Path.Combine(_dir, "nothing-*.txt")] }).Run());
        Assert.Throws<JobException>(() => new JobRunner(Job("out"), new JobRunOptions { ShardIndex = 2, ShardCount = 2 }));
    }
}
