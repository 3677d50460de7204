using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TextClean.Benchmarks;

/// <summary>
/// The plumbing BenchmarkDotNet asks of a summary column, shared by <see cref="ThroughputColumn"/> and <see cref="DocumentColumn"/>:
/// a numeric custom column that is always shown; subclasses compute the value.
/// </summary>
public abstract class WorkloadColumn : IColumn
{
    /// <summary>Creates the column.</summary>
    protected WorkloadColumn(string id, string name, string legend, int priority)
    {
        Id = id;
        ColumnName = name;
        Legend = legend;
        PriorityInCategory = priority;
    }

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
    public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style);

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}
