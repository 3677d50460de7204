using System.Diagnostics;
using System.Globalization;
using TextClean.Bench;
using TextClean.Normalizers.Words;
using TextClean.Pipeline;
using TextClean.Tokenization;

namespace TextClean.Benchmarks;

/// <summary>
/// A quick Stopwatch harness (not BenchmarkDotNet) that shows where the pipeline's time goes: each preset, the <c>ml</c> preset
/// with one normalizer removed at a time (the drop in time is that normalizer's cost inside the pipeline), and each normalizer
/// alone. Run it with <c>dotnet run -c Release --project benchmarks/TextClean.Benchmarks -- breakdown [passes]</c>.
/// One pass cleans every document of the corpus once; the figure is the fastest of the passes, after one warm-up pass.
/// </summary>
public static class PipelineBreakdown
{
    /// <summary>Runs the harness and prints one line per configuration.</summary>
    public static void Run(int passes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var corpus = BenchmarkCorpus.Shared;
        var docs = corpus.Documents;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {docs.Count:N0} documents, {corpus.Utf8Bytes / 1e6:N2} MB UTF-8; fastest of {passes} passes after a warm-up pass"));

        double Measure(string label, Func<long> pass)
        {
            pass();
            double best = double.MaxValue;
            long produced = 0;
            for (int i = 0; i < passes; i++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                produced = pass();
                watch.Stop();
                double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                if (i == passes - 1)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{label,-48} {best,9:N1} ms {corpus.Utf8Bytes / (best / 1e3) / 1e6,8:N1} MB/s {allocated / (double)docs.Count,10:N0} B/doc  out {produced:N0}  cpu/wall {cpu / watch.Elapsed.TotalMilliseconds:N2}"));
                }
            }

            return best;
        }

        long CleanAll(TextPipeline pipeline)
        {
            long chars = 0;
            foreach (var doc in docs)
            {
                chars += pipeline.Clean(doc).Length;
            }

            return chars;
        }

        Measure("Tokenizer.Default.CountTokens (reference)", () =>
        {
            long n = 0;
            foreach (var doc in docs)
            {
                n += Tokenizer.Default.CountTokens(doc);
            }

            return n;
        });

        foreach (var preset in Presets.Names)
        {
            var pipeline = TextPipeline.FromPreset(preset);
            Measure($"preset {preset}", () => CleanAll(pipeline));
        }

        var ml = TextPipeline.FromPreset("ml");
        double full = Measure("ml (again, for the deltas below)", () => CleanAll(ml));
        var names = ml.Normalizers.Select(n => n.Name).ToList();
        foreach (var name in names)
        {
            var without = new TextPipelineBuilder().UsePreset("ml").Remove(name).Build();
            double t = Measure($"ml without {name}", () => CleanAll(without));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-48} -> {name} costs {full - t,8:N1} ms ({(full - t) / full,6:P1} of ml)"));
        }

        // What the cleaning toolbox adds to ml: the preset as it was before quotes, elongation and hashtag splitting.
        var beforeToolbox = new TextPipelineBuilder().UsePreset("ml").Remove("quotes").Remove("elongation").UseHashtags().Build();
        double before = Measure("ml without the toolbox (quotes, elongation, hashtags kept)", () => CleanAll(beforeToolbox));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-48} -> the toolbox costs {full - before,8:N1} ms ({(full - before) / full,6:P1} of ml)"));
        var toolboxOn = new TextPipelineBuilder().UsePreset("ml").UseContractions(ContractionPolicy.Expand).UseAccents().UseStopWords().Build();
        double on = Measure("ml with the whole toolbox on", () => CleanAll(toolboxOn));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-48} -> contractions, accents and stop words cost {on - full,8:N1} ms ({(on - full) / full,6:P1} of ml)"));

        foreach (var normalizer in ml.Normalizers)
        {
            var alone = TextPipeline.Create(new Pipeline.PipelineConfig([normalizer.Config]));
            Measure($"{normalizer.Name} alone", () => CleanAll(alone));
            var a = CleanAllocation.Measure(alone, docs);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"",-48} -> allocated {a.RatioToOutput:N2}x its output strings ({a.Changed:N0} documents changed, worst document {a.WorstDocumentRatio:N2}x)"));
        }

        Measure("Regex.Replace chain (textbook)", () =>
        {
            long chars = 0;
            foreach (var doc in docs)
            {
                chars += RegexCleaningChain.Clean(doc).Length;
            }

            return chars;
        });

        foreach (var preset in Presets.Names)
        {
            var a = CleanAllocation.Measure(TextPipeline.FromPreset(preset), docs);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"allocation, preset {preset,-8}: {a.BytesPerDocument,8:N0} B/doc, output strings {a.OutputStringBytes / (double)a.Documents,8:N0} B/doc ({a.Changed:N0} of {a.Documents:N0} documents changed), ratio {a.RatioToOutput:N2}, worst document {a.WorstDocumentRatio:N2}"));
        }

        var mlNet = new MlNetTextCleaner();
        mlNet.Prepare(docs);
        Measure("ML.NET Normalize+Tokenize, cursor", () => mlNet.CleanPrepared(docs));
        Measure("ML.NET Normalize+Tokenize, PredictionEngine", () => mlNet.CleanEach(docs));
    }

    /// <summary>
    /// Cleans the corpus over and over for <paramref name="seconds"/> with preset <paramref name="name"/>, or with normalizer
    /// <paramref name="name"/> alone (its <c>ml</c> settings), so a sampling profiler can attach.
    /// </summary>
    public static void Loop(string name, double seconds, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var docs = BenchmarkCorpus.Shared.Documents;
        var pipeline = Presets.Names.Contains(name)
            ? TextPipeline.FromPreset(name)
            : TextPipeline.Create(new Pipeline.PipelineConfig([TextPipeline.FromPreset("ml").Normalizers.Single(n => n.Name == name).Config]));
        var watch = Stopwatch.StartNew();
        int passes = 0;
        long chars = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            foreach (var doc in docs)
            {
                chars += pipeline.Clean(doc).Length;
            }

            passes++;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {passes} passes in {watch.Elapsed.TotalSeconds:N1} s, {BenchmarkCorpus.Shared.Utf8Bytes * passes / watch.Elapsed.TotalSeconds / 1e6:N1} MB/s ({chars} chars)"));
    }
}
