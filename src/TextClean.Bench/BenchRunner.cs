using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace TextClean.Bench;

/// <summary>
/// A Stopwatch-based comparison for the command line: for each contender, untimed setup, warm-up passes, then whole passes over
/// the corpus for at least <see cref="BenchRunnerOptions.MinTime"/>, all on the calling thread. Reports MB/s of UTF-8 input,
/// tokens/s, and bytes allocated per token (<see cref="GC.GetAllocatedBytesForCurrentThread"/> around the timed passes).
/// For publishable figures use the BenchmarkDotNet suite in <c>benchmarks/</c>; this runner is for a quick look at your own corpus.
/// </summary>
public sealed class BenchRunner
{
    /// <summary>The contender id that the speed-up column compares against.</summary>
    public const string ReferenceId = "textclean";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly BenchRunnerOptions _options;

    /// <summary>Creates a runner.</summary>
    /// <param name="options">Timing options; <see langword="null"/> for the defaults (1 s warm-up, 3 s measured).</param>
    public BenchRunner(BenchRunnerOptions? options = null)
    {
        _options = options ?? new BenchRunnerOptions();
        if (_options.MinTime < TimeSpan.Zero || _options.WarmupTime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "times must not be negative");
        }
    }

    /// <summary>Measures each contender in turn, in the order given.</summary>
    /// <param name="corpus">The documents to tokenize.</param>
    /// <param name="contenders">The contenders; they are not disposed.</param>
    public IReadOnlyList<BenchResult> Run(Corpus corpus, IEnumerable<TokenizerContender> contenders)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(contenders);
        return [.. contenders.Select(c => Run(corpus, c))];
    }

    /// <summary>Measures one contender.</summary>
    /// <param name="corpus">The documents to tokenize.</param>
    /// <param name="contender">The contender; it is not disposed.</param>
    /// <exception cref="InvalidOperationException">The contender counted a different number of tokens in two passes.</exception>
    public BenchResult Run(Corpus corpus, TokenizerContender contender)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(contender);
        _options.Progress?.Invoke(contender);
        var documents = corpus.Documents;

        long started = Stopwatch.GetTimestamp();
        contender.Prepare(documents);
        double prepareSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        long tokens = contender.CountTokens(documents);
        started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < _options.WarmupTime)
        {
            Check(contender, tokens, contender.CountTokens(documents));
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        started = Stopwatch.GetTimestamp();
        long total = 0;
        int passes = 0;
        TimeSpan elapsed;
        do
        {
            total += contender.CountTokens(documents);
            passes++;
            elapsed = Stopwatch.GetElapsedTime(started);
        }
        while (elapsed < _options.MinTime);

        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Check(contender, tokens * passes, total);
        return new BenchResult(
            contender.Id, contender.Name, contender.Description, tokens, passes, elapsed.TotalSeconds, corpus.Utf8Bytes, allocated, prepareSeconds);
    }

    /// <summary>
    /// The results as a Markdown table: tokenizer, MB/s, million tokens/s, tokens per pass, bytes allocated per token, timed
    /// passes, and how many times faster TextClean is (its MB/s divided by the row's; blank when TextClean was not run).
    /// </summary>
    /// <param name="results">Results from <see cref="Run(Corpus, IEnumerable{TokenizerContender})"/>.</param>
    public static string FormatTable(IReadOnlyList<BenchResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var reference = results.FirstOrDefault(r => r.Id == ReferenceId);
        var sb = new StringBuilder();
        sb.Append("| Tokenizer | MB/s | Mtokens/s | tokens | B/token | passes | TextClean speed-up |\n");
        sb.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var r in results)
        {
            string speedUp = reference is null ? string.Empty : (reference.MegabytesPerSecond / r.MegabytesPerSecond).ToString("0.00", Invariant) + "x";
            sb.Append(Invariant, $"| {EscapeCell(r.Name)} | {r.MegabytesPerSecond:0.0} | {r.TokensPerSecond / 1e6:0.00} | {r.TokensPerPass:N0} | ")
                .Append(FormatPerToken(r.AllocatedBytesPerToken))
                .Append(Invariant, $" | {r.Passes} | {speedUp} |\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// A full Markdown report: the machine, the corpus, the timing, the table from <see cref="FormatTable"/>, and what each
    /// contender does.
    /// </summary>
    /// <param name="corpus">The corpus that was measured.</param>
    /// <param name="results">The results.</param>
    /// <param name="options">The options the results were measured with; <see langword="null"/> to leave out the timing line.</param>
    public static string FormatReport(Corpus corpus, IReadOnlyList<BenchResult> results, BenchRunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(results);
        var sb = new StringBuilder();
        sb.Append("Machine: ").Append(DescribeMachine()).Append('\n');
        sb.Append(Invariant, $"Corpus: {corpus.Source}: {corpus.DocumentCount:N0} documents, {corpus.Utf8Bytes / 1e6:0.00} MB UTF-8 ({corpus.Utf8Bytes:N0} bytes)");
        if (corpus.SkippedLines > 0)
        {
            sb.Append(Invariant, $", {corpus.SkippedLines:N0} lines skipped");
        }

        sb.Append('\n');
        if (options is not null)
        {
            sb.Append(Invariant, $"Timing: single thread, {options.WarmupTime.TotalSeconds:0.##} s warm-up then at least {options.MinTime.TotalSeconds:0.##} s of whole passes per tokenizer; MB = 10^6 bytes of UTF-8 input.\n");
        }

        sb.Append('\n').Append(FormatTable(results)).Append('\n');
        foreach (var r in results)
        {
            sb.Append("- ").Append(r.Name).Append(": ").Append(r.Description).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>One line about the machine: OS, architecture, logical CPU count, .NET version, server or workstation GC, and the UTC date.</summary>
    public static string DescribeMachine() =>
        string.Create(
            Invariant,
            $"{RuntimeInformation.OSDescription.Trim()} {RuntimeInformation.OSArchitecture}, {Environment.ProcessorCount} logical CPUs, {RuntimeInformation.FrameworkDescription}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

    private static string EscapeCell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string FormatPerToken(double bytes) =>
        bytes == 0 ? "0" : bytes < 0.01 ? "<0.01" : bytes.ToString("0.00", Invariant);

    private static void Check(TokenizerContender contender, long expected, long actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"{contender.Name} counted {actual} tokens where it had counted {expected}; it must be deterministic.");
        }
    }
}
