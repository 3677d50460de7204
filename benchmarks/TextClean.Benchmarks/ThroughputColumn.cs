using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TextClean.Benchmarks;

/// <summary>
/// Summary columns computed from a benchmark's mean time and its input: tokens per operation, MB/s of UTF-8 input, million tokens/s,
/// and allocated bytes per token. They apply to benchmark classes that implement <see cref="ITokenizerWorkload"/> and whose
/// benchmark methods return the token count: the column runs [GlobalSetup] and the benchmark once, in the host process, to learn
/// the input size and token count.
/// </summary>
public sealed class ThroughputColumn : WorkloadColumn
{
    private static readonly ConcurrentDictionary<(Type Type, string Method), (long Bytes, long Tokens, int Documents)> Workloads = new();

    private readonly Func<Summary, BenchmarkCase, double, long, long, string?> _value;

    private ThroughputColumn(string id, string name, string legend, int priority, Func<Summary, BenchmarkCase, double, long, long, string?> value)
        : base(id, name, legend, priority)
    {
        _value = value;
    }

    /// <summary>Tokens per operation, as returned by the benchmark method.</summary>
    public static ThroughputColumn Tokens { get; } = new(
        "TextClean.Tokens", "Tokens", "Tokens counted in one operation (the benchmark's return value)", 0,
        (_, _, _, _, tokens) => tokens.ToString("N0", CultureInfo.InvariantCulture));

    /// <summary>Megabytes (10^6 bytes) of UTF-8 input per second of mean time.</summary>
    public static ThroughputColumn MegabytesPerSecond { get; } = new(
        "TextClean.MBps", "MB/s", "Throughput: UTF-8 bytes of input per second of mean time, in 10^6 bytes", 1,
        (_, _, meanNs, bytes, _) => (bytes / (meanNs / 1e9) / 1e6).ToString("N1", CultureInfo.InvariantCulture));

    /// <summary>Million tokens per second of mean time.</summary>
    public static ThroughputColumn TokensPerSecond { get; } = new(
        "TextClean.MTokps", "Mtokens/s", "Million tokens per second of mean time", 2,
        (_, _, meanNs, _, tokens) => (tokens / (meanNs / 1e9) / 1e6).ToString("N2", CultureInfo.InvariantCulture));

    /// <summary>Allocated bytes per token (MemoryDiagnoser's allocated bytes per operation divided by the tokens).</summary>
    public static ThroughputColumn BytesPerToken { get; } = new(
        "TextClean.BpTok", "B/token", "Allocated bytes per token (Allocated / Tokens; needs [MemoryDiagnoser])", 3,
        (summary, benchmarkCase, _, _, tokens) =>
        {
            long? perOp = summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return perOp is null ? null
                : perOp == 0 || tokens == 0 ? "0"
                : ((double)perOp.Value / tokens).ToString("0.00", CultureInfo.InvariantCulture);
        });

    /// <summary>All four columns, in display order.</summary>
    public static IReadOnlyList<IColumn> All { get; } = [Tokens, MegabytesPerSecond, TokensPerSecond, BytesPerToken];

    /// <inheritdoc/>
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null || stats.Mean <= 0 || !typeof(ITokenizerWorkload).IsAssignableFrom(benchmarkCase.Descriptor.Type))
        {
            return "NA";
        }

        var (bytes, tokens, _) = Measure(benchmarkCase);
        return _value(summary, benchmarkCase, stats.Mean, bytes, tokens) ?? "NA";
    }


    /// <summary>
    /// The input bytes, the benchmark's return value (tokens, or characters produced) and the documents (of an
    /// <see cref="IDocumentWorkload"/>; else 0) of one operation of <paramref name="benchmarkCase"/>, measured once per process.
    /// </summary>
    internal static (long Bytes, long Tokens, int Documents) Measure(BenchmarkCase benchmarkCase)
    {
        var descriptor = benchmarkCase.Descriptor;
        return Workloads.GetOrAdd((descriptor.Type, descriptor.WorkloadMethod.Name), _ =>
        {
            object instance = Activator.CreateInstance(descriptor.Type)!;
            try
            {
                descriptor.GlobalSetupMethod?.Invoke(instance, null);
                long tokens = Convert.ToInt64(descriptor.WorkloadMethod.Invoke(instance, null), CultureInfo.InvariantCulture);
                return (((ITokenizerWorkload)instance).Utf8Bytes, tokens, (instance as IDocumentWorkload)?.Documents ?? 0);
            }
            finally
            {
                descriptor.GlobalCleanupMethod?.Invoke(instance, null);
            }
        });
    }
}
