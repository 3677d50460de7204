using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using TextClean.Pipeline;
using TextClean.Tokenization;

namespace TextClean.ML.Decisions;

/// <summary>
/// Measures what each cleaning decision does to a real classifier: the same classifier (<see cref="FoldEvaluator"/>) under
/// stratified k-fold cross-validation, on the text as the base config cleans it, as each one-decision change cleans it, and
/// as the textbook regex cleans it.
/// </summary>
public static class DecisionRunner
{
    private const int ExampleWidth = 70;

    /// <summary>Runs every decision of <paramref name="options"/>' registry against <paramref name="baseConfig"/> on <paramref name="data"/>.</summary>
    /// <exception cref="DecisionDataException">Fewer than two classes, or a class with fewer rows than folds.</exception>
    public static DecisionReport Run(IReadOnlyList<LabelledText> data, PipelineConfig baseConfig, DecisionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(baseConfig);
        options ??= new DecisionOptions();
        var clock = Stopwatch.StartNew();
        var classes = CheckClasses(data, options.Folds);
        int[] classOf = [.. data.Select(d => classes.BinarySearch(d.Label, StringComparer.Ordinal))];
        var folds = StratifiedFolds.Assign(classOf, options.Folds, options.Seed);
        var resolved = baseConfig.Resolve(options.Registry);
        var variants = DecisionVariant.For(resolved, options.Registry)
            .Where(v => options.Decisions is null || options.Decisions.Contains(v.Decision, StringComparer.Ordinal)).ToList();
        int total = variants.Count + 2;
        int done = 0;
        var evaluator = new FoldEvaluator(options.Seed);

        DecisionResult Measure(string label, DecisionVariant? variant, string[] texts, string[]? baseTexts)
        {
            var scores = evaluator.Evaluate(texts, classOf, classes.Count, folds, options.Folds);
            var examples = baseTexts is null ? [] : Examples(baseTexts, texts, options.Examples);
            int changed = baseTexts is null ? 0 : texts.Where((t, i) => !string.Equals(t, baseTexts[i], StringComparison.Ordinal)).Count();
            var result = new DecisionResult(label, variant, Metric.Of(scores.Accuracy), Metric.Of(scores.MacroF1), Metric.Of(scores.Auc), Vocabulary(texts), changed, examples);
            options.Progress?.Report(new DecisionProgress(Interlocked.Increment(ref done), total, label, clock.Elapsed));
            return result;
        }

        string[] baseTexts = Clean(TextPipeline.Create(resolved, options.Registry), data);
        var baseResult = Measure("base", null, baseTexts, null);
        var course = Measure("course regex", null, [.. data.Select(d => CourseRegex(d.Text))], null);
        var results = new DecisionResult[variants.Count];

        // Decisions run in parallel, the values of one decision in turn: a value whose cleaned text equals the base's or an
        // earlier value's ("names: keep" and "names: off") is not trained again; its row says whose text it shares.
        // Largest decisions first, handed out one at a time, so no core idles at the end.
        var groups = Enumerable.Range(0, variants.Count).GroupBy(i => variants[i].Decision).Select(g => g.ToList()).OrderByDescending(g => g.Count).ToList();
        Parallel.ForEach(Partitioner.Create(groups, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, group =>
        {
            var measured = new List<(string[] Texts, DecisionResult Result)> { (baseTexts, baseResult) };
            foreach (int i in group)
            {
                var variant = variants[i];
                var texts = Clean(TextPipeline.Create(variant.Config, options.Registry), data);
                var twin = measured.FirstOrDefault(m => m.Texts.AsSpan().SequenceEqual(texts));
                if (twin.Result is not null)
                {
                    results[i] = twin.Result with
                    {
                        Label = variant.Label,
                        Variant = variant,
                        SameTextAs = twin.Result.Label,
                        ChangedDocuments = ReferenceEquals(twin.Texts, baseTexts) ? 0 : twin.Result.ChangedDocuments,
                        Examples = ReferenceEquals(twin.Texts, baseTexts) ? [] : twin.Result.Examples,
                    };
                    options.Progress?.Report(new DecisionProgress(Interlocked.Increment(ref done), total, variant.Label, clock.Elapsed));
                    continue;
                }

                results[i] = Measure(variant.Label, variant, texts, baseTexts);
                measured.Add((texts, results[i]));
            }
        });

        return new DecisionReport(resolved, baseResult, course, results, classes, data.Count, options.Folds, options.Seed, clock.Elapsed);
    }

    /// <summary>The textbook cleaning, for contrast: lower-case, and every run of characters that are not letters becomes one space.</summary>
    public static string CourseRegex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        bool space = true;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                output.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                output.Append(' ');
                space = true;
            }
        }

        return output.ToString().TrimEnd();
    }

    private static List<string> CheckClasses(IReadOnlyList<LabelledText> data, int folds)
    {
        var counts = data.GroupBy(d => d.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (counts.Count < 2)
        {
            throw new DecisionDataException(counts.Count == 0
                ? "no labelled rows"
                : $"only one class ('{counts.Keys.Single()}', {counts.Values.Single()} rows); a classifier needs two or more");
        }

        var small = counts.Where(c => c.Value < folds).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        if (small.Count > 0)
        {
            throw new DecisionDataException(
                $"too few rows per fold: {string.Join(", ", small.Select(c => $"class '{c.Key}' has {c.Value}"))}; every class needs at least one row in each of the {folds} folds (use fewer --folds or more data)");
        }

        var classes = counts.Keys.ToList();
        classes.Sort(StringComparer.Ordinal);
        return classes;
    }

    private static string[] Clean(TextPipeline pipeline, IReadOnlyList<LabelledText> data) => [.. data.Select(d => pipeline.Clean(d.Text))];

    private static int Vocabulary(string[] texts)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var lookup = distinct.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string text in texts)
        {
            foreach (var token in Tokenizer.Default.TokenizeToList(text))
            {
                lookup.Add(text.AsSpan(token.Start, token.Length));
            }
        }

        return distinct.Count;
    }

    // The first documents the decision changed, each as the stretch around its first difference.
    private static List<DecisionExample> Examples(string[] baseTexts, string[] texts, int count)
    {
        var examples = new List<DecisionExample>();
        for (int i = 0; i < texts.Length && examples.Count < count; i++)
        {
            string before = baseTexts[i];
            string after = texts[i];
            int first = before.AsSpan().CommonPrefixLength(after);
            if (first == before.Length && first == after.Length)
            {
                continue;
            }

            int start = Math.Max(0, first - (ExampleWidth / 3));
            examples.Add(new DecisionExample(i, Excerpt(before, start), Excerpt(after, start)));
        }

        return examples;
    }

    private static string Excerpt(string text, int start)
    {
        start = Math.Min(start, text.Length);
        int end = Math.Min(text.Length, start + ExampleWidth);
        return string.Create(CultureInfo.InvariantCulture, $"{(start > 0 ? "…" : string.Empty)}{text[start..end].ReplaceLineEndings(" ")}{(end < text.Length ? "…" : string.Empty)}");
    }
}
