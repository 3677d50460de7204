using System.IO.Compression;
using System.Text.Json;
using TextClean.ML.Decisions;
using TextClean.Pipeline;

namespace TextClean.ML.Tests.Decisions;

/// <summary>The decision runner on a small labelled fixture of real mail: 60 ham and 60 spam SpamAssassin bodies.</summary>
public class DecisionRunnerTests
{
    private static readonly Lazy<IReadOnlyList<LabelledText>> LazyFixture = new(LoadFixture);

    private static IReadOnlyList<LabelledText> Fixture => LazyFixture.Value;

    [Fact]
    public void The_report_has_every_decision_of_the_registry_and_every_policy_of_each()
    {
        var report = DecisionRunner.Run(Fixture, Presets.Get("ml"), new DecisionOptions { Folds = 3 });

        var decided = report.Decisions.Select(r => r.Variant!.Decision).Distinct().ToList();
        Assert.Equal(NormalizerRegistry.Default.Names.ToList(), decided);
        var numbers = report.Decisions.Where(r => r.Variant!.Decision == "numbers").Select(r => r.Variant!.Value).ToList();
        Assert.Equal(["off", "keep", "shape", "bucket", "remove"], numbers);
        Assert.Contains(report.Decisions, r => r.Label == "stop_words: remove");
        Assert.Equal(["ham", "spam"], report.Classes);

        // Values that clean exactly as another config are not trained again, and say so.
        var namesKeep = report.Decisions.Single(r => r.Label == "names: keep");
        var namesOff = report.Decisions.Single(r => r.Label == "names: off");
        Assert.Equal("names: off", namesKeep.SameTextAs);
        Assert.Equal(namesOff.Accuracy, namesKeep.Accuracy);
        Assert.Null(namesOff.SameTextAs);
        var contractionsOff = report.Decisions.Single(r => r.Label == "contractions: off");
        Assert.Equal("base", contractionsOff.SameTextAs);
        Assert.Equal(0, contractionsOff.ChangedDocuments);
        foreach (var result in DecisionRows(report))
        {
            foreach (var metric in new[] { result.Accuracy, result.MacroF1, result.Auc })
            {
                Assert.InRange(metric.Mean, 0.0, 1.0);
                Assert.InRange(metric.StandardDeviation, 0.0, 0.5);
            }
        }

        // Balanced classes: a classifier that learned nothing sits at 0.5.
        Assert.True(report.Base.Accuracy.Mean > 0.75, $"base accuracy {report.Base.Accuracy}");
        Assert.True(report.Base.Auc.Mean > 0.8, $"base AUC {report.Base.Auc}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_report_and_another_seed_other_folds()
    {
        var options = new DecisionOptions { Folds = 3, Seed = 7, Decisions = ["case", "numbers"] };
        var first = DecisionRunner.Run(Fixture, Presets.Get("ml"), options);
        var again = DecisionRunner.Run(Fixture, Presets.Get("ml"), options);
        var other = DecisionRunner.Run(Fixture, Presets.Get("ml"), new DecisionOptions { Folds = 3, Seed = 8, Decisions = ["case"] });

        Assert.Equal(DecisionRows(first).Select(r => (r.Label, r.Accuracy, r.MacroF1, r.Auc)), DecisionRows(again).Select(r => (r.Label, r.Accuracy, r.MacroF1, r.Auc)));
        Assert.All(first.Decisions, r => Assert.True(r.Variant!.Decision is "case" or "numbers"));
        Assert.NotEqual(first.Base.Accuracy, other.Base.Accuracy);
    }

    [Fact]
    public void Vocabulary_and_examples_show_what_a_decision_changed()
    {
        var report = DecisionRunner.Run(Fixture, Presets.Get("ml"), new DecisionOptions { Folds = 3, Decisions = ["case", "numbers"] });

        var keepCase = report.Decisions.Single(r => r.Label == "case: keep");
        Assert.True(keepCase.Vocabulary > report.Base.Vocabulary, "keeping case has more distinct tokens than lower-casing");
        Assert.True(keepCase.ChangedDocuments > 100);
        var example = keepCase.Examples[0];
        Assert.NotEqual(example.Base, example.Changed);
        Assert.Equal(example.Base.ToLowerInvariant(), example.Changed.ToLowerInvariant());

        var keepNumbers = report.Decisions.Single(r => r.Label == "numbers: keep");
        Assert.Contains(keepNumbers.Examples, e => e.Base.Contains("<NUM>", StringComparison.Ordinal) || e.Base.Contains("<MONEY>", StringComparison.Ordinal) || e.Base.Contains("<DATE>", StringComparison.Ordinal));
    }

    [Fact]
    public void More_than_two_classes_get_macro_metrics()
    {
        // The corpus groups as classes: easy ham, hard ham and spam.
        var data = Fixture.Where(d => d.Label == "spam").Take(30)
            .Concat(LoadRows().Where(r => r.Group == "hard-ham-1").Take(30).Select(r => r.Row with { Label = "hard-ham" }))
            .Concat(Fixture.Where(d => d.Label == "ham").Take(30).Select(d => d with { Label = "easy-ham" }))
            .ToList();

        var report = DecisionRunner.Run(data, Presets.Get("ml"), new DecisionOptions { Folds = 3, Decisions = ["case"] });

        Assert.Equal(["easy-ham", "hard-ham", "spam"], report.Classes);
        Assert.InRange(report.Base.MacroF1.Mean, 0.4, 1.0);
        Assert.InRange(report.Base.Auc.Mean, 0.6, 1.0);
    }

    [Fact]
    public void A_single_class_or_too_few_rows_per_fold_is_refused_with_the_reason()
    {
        var hamOnly = Fixture.Where(d => d.Label == "ham").ToList();
        Assert.Equal(
            "only one class ('ham', 60 rows); a classifier needs two or more",
            Assert.Throws<DecisionDataException>(() => DecisionRunner.Run(hamOnly, Presets.Get("ml"))).Message);

        var fewSpam = hamOnly.Concat(Fixture.Where(d => d.Label == "spam").Take(3)).ToList();
        var error = Assert.Throws<DecisionDataException>(() => DecisionRunner.Run(fewSpam, Presets.Get("ml"), new DecisionOptions { Folds = 5 }));
        Assert.StartsWith("too few rows per fold: class 'spam' has 3;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_course_regex_keeps_only_lower_case_letters()
    {
        Assert.Equal("hello world café ok", DecisionRunner.CourseRegex("Hello, World! 123 Café -- OK?"));
        Assert.Equal(string.Empty, DecisionRunner.CourseRegex("$1,200 !!!"));
    }

    private static IEnumerable<DecisionResult> DecisionRows(DecisionReport report) => [report.Base, report.CourseRegex, .. report.Decisions];

    // The first 60 ham and 60 spam bodies of the corpus, cut to 1,500 characters to keep the runs short.
    private static List<LabelledText> LoadFixture()
    {
        var rows = LoadRows().Select(r => r.Row).ToList();
        return [.. rows.Where(r => r.Label == "ham").Take(60), .. rows.Where(r => r.Label == "spam").Take(60)];
    }

    private static IEnumerable<(LabelledText Row, string Group)> LoadRows()
    {
        string path = Path.Combine(Corpus.RepoRoot, "corpora", "spamassassin", "spamassassin.jsonl.gz");
        using var lines = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (lines.ReadLine() is { } line)
        {
            var json = JsonDocument.Parse(line).RootElement;
            string text = json.GetProperty("text").GetString()!;
            yield return (new LabelledText(text[..Math.Min(text.Length, 1500)], json.GetProperty("label").GetString()!), json.GetProperty("group").GetString()!);
        }
    }
}
