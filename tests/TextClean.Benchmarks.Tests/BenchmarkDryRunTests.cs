using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using Xunit.Abstractions;

namespace TextClean.Benchmarks.Tests;

/// <summary>
/// Runs every benchmark once (<see cref="Job.Dry"/>, in process, no separate build) so the suite never rots: setup, every
/// benchmark method and the custom columns must work. Timings from a dry run mean nothing and are not checked.
/// </summary>
public class BenchmarkDryRunTests(ITestOutputHelper output)
{
    public static TheoryData<Type> BenchmarkTypes() => new(FindBenchmarkTypes());

    [Fact]
    public void Every_benchmark_class_is_found()
    {
        var types = FindBenchmarkTypes();
        Assert.Contains(typeof(TokenizerBenchmarks), types);
        Assert.Contains(typeof(TokenizerAllocationBenchmarks), types);
        Assert.Contains(typeof(PipelineBenchmarks), types);
        Assert.Contains(typeof(PipelineAllocationBenchmarks), types);
        Assert.Contains(typeof(LanguageIdentifierBenchmarks), types);
    }

    private static List<Type> FindBenchmarkTypes() =>
        [.. typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true }
                && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BenchmarkTypes))]
    public void Dry_run_succeeds(Type benchmarkType)
    {
        var logger = new AccumulationLogger();
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
            .AddLogger(logger)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "textclean-benchmarks-tests", Guid.NewGuid().ToString("N")))
            // The test build is Debug; the dry run checks that benchmarks work, not how fast they are.
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile);

        var summary = BenchmarkRunner.Run(benchmarkType, config);

        string log = logger.GetLog();
        output.WriteLine(log);
        Assert.False(summary.HasCriticalValidationErrors, string.Join("\n", summary.ValidationErrors.Select(e => e.Message)) + "\n" + log);
        int expected = benchmarkType.GetMethods().Count(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false));
        Assert.Equal(expected, summary.Reports.Length);
        foreach (var report in summary.Reports)
        {
            Assert.True(report.Success, $"{report.BenchmarkCase.DisplayInfo} failed:\n{log}");
            Assert.NotNull(report.ResultStatistics);
            Assert.True(report.ResultStatistics!.Mean > 0, report.BenchmarkCase.DisplayInfo);
            if (benchmarkType == typeof(LanguageIdentifierBenchmarks))
            {
                continue; // ns per identification is its figure; no text-throughput columns
            }

            // The custom columns compute from the real input: positive token (or output character) counts and throughput.
            var produced = (IsDocumentWorkload(benchmarkType) ? (IColumn)DocumentColumn.OutputChars : ThroughputColumn.Tokens).GetValue(summary, report.BenchmarkCase);
            var megabytes = ThroughputColumn.MegabytesPerSecond.GetValue(summary, report.BenchmarkCase);
            Assert.True(double.Parse(produced, NumberStyles.Number, CultureInfo.InvariantCulture) > 0, $"{report.BenchmarkCase.DisplayInfo}: produced {produced}");
            Assert.True(double.Parse(megabytes, NumberStyles.Number, CultureInfo.InvariantCulture) > 0, $"{report.BenchmarkCase.DisplayInfo}: MB/s {megabytes}");
            if (IsDocumentWorkload(benchmarkType))
            {
                var perDocument = DocumentColumn.BytesPerDocument.GetValue(summary, report.BenchmarkCase);
                Assert.True(double.TryParse(perDocument, NumberStyles.Number, CultureInfo.InvariantCulture, out _), $"{report.BenchmarkCase.DisplayInfo}: B/doc {perDocument}");
            }
        }

        if (benchmarkType == typeof(LanguageIdentifierBenchmarks))
        {
            return;
        }

        // The summary table shows the custom columns.
        Assert.Contains("MB/s", log, StringComparison.Ordinal);
        string[] columns = IsDocumentWorkload(benchmarkType) ? ["Out chars", "B/doc"] : ["Mtokens/s", "B/token"];
        foreach (var column in columns)
        {
            Assert.Contains(column, log, StringComparison.Ordinal);
        }
    }

    private static bool IsDocumentWorkload(Type type) => typeof(IDocumentWorkload).IsAssignableFrom(type);
}
