using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TextClean.Benchmarks;

/// <summary>
/// Summary columns for <see cref="IDocumentWorkload"/> classes: the characters one operation produced (the benchmark's return
/// value) and the managed bytes allocated per document (MemoryDiagnoser's Allocated divided by the documents).
/// </summary>
public sealed class DocumentColumn : IColumn
{
    private static readonly ConcurrentDictionary<Type, int> DocumentCounts = new();

    private readonly Func<Summary, BenchmarkCase, long, int, string?> _value;

    private DocumentColumn(string id, string name, string legend, int priority, Func<Summary, BenchmarkCase, long, int, string?> value)
    {
        Id = id;
        ColumnName = name;
        Legend = legend;
        PriorityInCategory = priority;
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
    public string Id { get; }

    /// <inheritdoc/>
    public string ColumnName { get; }

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory { get; }

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend { get; }

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (summary[benchmarkCase]?.ResultStatistics is null || !typeof(IDocumentWorkload).IsAssignableFrom(benchmarkCase.Descriptor.Type))
        {
            return "NA";
        }

        var (_, chars) = ThroughputColumn.Measure(benchmarkCase);
        int documents = Documents(benchmarkCase.Descriptor.Type);
        return _value(summary, benchmarkCase, chars, documents) ?? "NA";
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;

    private static int Documents(Type type) => DocumentCounts.GetOrAdd(type, CountDocuments);

    private static int CountDocuments(Type type)
    {
        var instance = (IDocumentWorkload)Activator.CreateInstance(type)!;
        type.GetMethods().FirstOrDefault(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.GlobalSetupAttribute), false))?.Invoke(instance, null);
        return instance.Documents;
    }
}
