using TextClean.Bench;

namespace TextClean.Benchmarks.Tests;

public class BenchRunnerTests
{
    private static readonly BenchRunnerOptions Quick = new() { MinTime = TimeSpan.FromMilliseconds(20), WarmupTime = TimeSpan.Zero };

    private static Corpus SmallCorpus() => Corpus.FromDocuments(
    [
        "Hello, world! Visit https://example.com/a?b=c today.",
        "Prices rose 3.5% to $20 on 2021-07-10 :-) #markets @bob",
        "Ünïcödé wörds and emoji 👍🏽 too.",
        "plain words only here",
    ]);

    [Fact]
    public void Table_has_one_row_per_contender_with_positive_throughput()
    {
        var corpus = SmallCorpus();
        var results = new BenchRunner(Quick).Run(corpus, Contenders.CreateAll());

        Assert.Equal(Contenders.Ids, results.Select(r => r.Id));
        foreach (var r in results)
        {
            Assert.True(r.MegabytesPerSecond > 0, r.Name);
            Assert.True(r.TokensPerSecond > 0, r.Name);
            Assert.True(r.TokensPerPass > 0, r.Name);
            Assert.True(r.Passes >= 1, r.Name);
            Assert.True(r.Seconds >= Quick.MinTime.TotalSeconds, r.Name);
            Assert.Equal(corpus.Utf8Bytes, r.Utf8BytesPerPass);
            Assert.True(r.AllocatedBytesPerToken >= 0, r.Name);
        }

        var table = BenchRunner.FormatTable(results);
        var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2 + results.Count, rows.Length); // header, alignment, one row each
        foreach (var r in results)
        {
            Assert.Single(rows, row => row.StartsWith("| " + r.Name.Replace("|", "\\|", StringComparison.Ordinal) + " |", StringComparison.Ordinal));
        }

        // Every row has the same number of cells as the header: no unescaped '|' in a name.
        int cells = rows[0].Count(c => c == '|') - rows[0].Split("\\|").Length + 1;
        Assert.All(rows, row => Assert.Equal(cells, row.Count(c => c == '|') - (row.Split("\\|").Length - 1)));
        Assert.Contains("| 1.00x |", rows.Single(r => r.StartsWith("| TextClean", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void TextClean_and_span_contenders_allocate_nothing_per_token()
    {
        var corpus = SmallCorpus();
        // Not the Regex here: its cached runner is shared with other tests running in parallel, and a second runner allocates.
        var results = new BenchRunner(Quick).Run(corpus, [new TextCleanContender(), new LetterOrDigitLoopContender(), new SpaceCountContender()]);
        Assert.All(results, r => Assert.Equal(0, r.AllocatedBytes));

        var split = new BenchRunner(Quick).Run(corpus, new StringSplitContender());
        Assert.True(split.AllocatedBytesPerToken > 20, "string.Split makes a string per token");
    }

    [Fact]
    public void Report_names_the_machine_the_corpus_and_each_contender()
    {
        var corpus = SmallCorpus();
        var results = new BenchRunner(Quick).Run(corpus, [new TextCleanContender(), new StringSplitContender()]);
        var report = BenchRunner.FormatReport(corpus, results, Quick);

        Assert.StartsWith("Machine: ", report, StringComparison.Ordinal);
        Assert.Contains($"{Environment.ProcessorCount} logical CPUs", report, StringComparison.Ordinal);
        Assert.Contains(".NET", report, StringComparison.Ordinal);
        Assert.Contains("4 documents", report, StringComparison.Ordinal);
        Assert.Contains("- TextClean Tokenizer: ", report, StringComparison.Ordinal);
        Assert.Contains("- string.Split (whitespace): ", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Speed_up_column_is_blank_without_TextClean()
    {
        var results = new BenchRunner(Quick).Run(SmallCorpus(), [new StringSplitContender()]);
        var row = BenchRunner.FormatTable(results).Split('\n')[2];
        Assert.EndsWith("|  |", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contender_that_counts_differently_each_pass_is_an_error()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new BenchRunner(Quick).Run(SmallCorpus(), new Flaky()));
        Assert.Contains("deterministic", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_times_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BenchRunner(new BenchRunnerOptions { MinTime = TimeSpan.FromSeconds(-1) }));

    [Fact]
    public void Progress_is_reported_per_contender()
    {
        var seen = new List<string>();
        var options = new BenchRunnerOptions { MinTime = TimeSpan.Zero, WarmupTime = TimeSpan.Zero, Progress = c => seen.Add(c.Id) };
        new BenchRunner(options).Run(SmallCorpus(), [new RegexContender(), new SpaceCountContender()]);
        Assert.Equal(["regex", "spaces"], seen);
    }

    private sealed class Flaky : TokenizerContender
    {
        private long _calls;

        public override string Id => "flaky";

        public override string Name => "Flaky";

        public override string Description => "Counts one more token each call.";

        public override long CountTokens(IReadOnlyList<string> documents) => ++_calls;
    }
}
