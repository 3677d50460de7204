using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TextClean.Benchmarks;

/// <summary>
/// Summary columns for <see cref="IDocumentWorkload"/> classes: the characters one operation produced (the benchmark's return
/// value) and the managed bytes allocated per document (MemoryDiagnoser's Allocated divided by the documents).
/// </summary>
public sealed class DocumentColumn : WorkloadColumn
{
    private readonly Func<Summary, BenchmarkCase, long, int, string?> _value;

    private DocumentColumn(string id, string name, string legend, int priority, Func<Summary, BenchmarkCase, long, int, string?> value)
        : base(id, name, legend, priority)
    {
        _value = value;
    }

    /// <summary>Characters produced in one operation (the benchmark's return value).</summary>
    public static DocumentColumn OutputChars { get; } = new(
        "TextClean.OutChars", "Out chars", "Characters produced in one operation: the cleaned strings' lengths (ML.NET: the characters in its tokens)", 10,
        (_, _, chars, _) => chars.ToString("N0", CultureInfo.InvariantCulture));

    /// <summary>Allocated bytes per document.</summary>
    public static DocumentColumn BytesPerDocument { get; } = new(
        "TextClean.BpDoc", "B/doc", "Allocated bytes per document (Allocated / documents; needs [MemoryDiagnoser])", 11,
        (summary, benchmarkCase, _, documents) =>
        {
            long? perOp = summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return perOp is null ? null
                : perOp == 0 || documents == 0 ? "0"
                : ((double)perOp.Value / documents).ToString("N0", CultureInfo.InvariantCulture);
        });

    /// <inheritdoc/>
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (summary[benchmarkCase]?.ResultStatistics is null || !typeof(IDocumentWorkload).IsAssignableFrom(benchmarkCase.Descriptor.Type))
        {
            return "NA";
        }

        var (_, chars, documents) = ThroughputColumn.Measure(benchmarkCase);
        return _value(summary, benchmarkCase, chars, documents) ?? "NA";
    }
}
