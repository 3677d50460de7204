using System.CommandLine;
using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using TextClean.ML;
using TextClean.Pipeline;

namespace SpamClassifier.Commands;

/// <summary>
/// <c>train [--preset P] [--model spam-model.zip]</c>: decodes every message with MimeKit, cleans subject + body with a
/// TextClean pipeline inside the ML.NET model (<c>CleanText</c>), trains SDCA logistic regression on word 1-2-grams of
/// TextClean's tokens, reports hold-out metrics, saves the model and checks that the loaded model scores the same.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var corpus = CommonOptions.CreateCorpus();
        var preset = new Option<string>("--preset", "-p") { Description = $"TextClean preset: {string.Join(", ", Presets.Names)}", DefaultValueFactory = _ => Presets.DefaultName };
        var model = new Option<FileInfo>("--model", "-m") { Description = "where to save the trained model", DefaultValueFactory = _ => new FileInfo("spam-model.zip") };
        var testFraction = new Option<double>("--test-fraction") { Description = "share of messages held out for testing", DefaultValueFactory = _ => 0.2 };
        var seed = new Option<int>("--seed") { Description = "seed of the split and the trainer", DefaultValueFactory = _ => 42 };
        var command = new Command("train", "Train and evaluate a spam classifier: MimeKit decoding, TextClean cleaning inside the ML.NET model, SDCA logistic regression.")
        {
            corpus, preset, model, testFraction, seed,
        };
        command.SetAction(parse =>
        {
            var corpusPath = CommonOptions.ResolveCorpus(parse.GetValue(corpus));
            if (corpusPath is null)
            {
                return ExitCodes.Failure;
            }

            var clock = Stopwatch.StartNew();
            var messages = Corpus.Read(corpusPath)
                .Select(m => new Mail { Text = MailText.FromCorpusRecord(m.Raw, m.RawEncoding).Text, Label = m.Label == "spam" })
                .ToList();
            Console.WriteLine($"decoded {messages.Count:N0} messages ({messages.Count(m => m.Label):N0} spam) in {clock.Elapsed.TotalSeconds:F1} s");

            var ml = new MLContext(parse.GetValue(seed));
            var split = ml.Data.TrainTestSplit(ml.Data.LoadFromEnumerable(messages), parse.GetValue(testFraction), seed: parse.GetValue(seed));
            var pipeline = ml.Transforms.Text.CleanText("Tokens", nameof(Mail.Text), parse.GetValue(preset)!, CleanTextOutput.Tokens)
                .Append(ml.Transforms.Text.ProduceWordBags("Features", "Tokens", ngramLength: 2))
                .AppendCacheCheckpoint(ml)
                .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(nameof(Mail.Label), "Features"));
            var trained = pipeline.Fit(split.TrainSet);
            var metrics = ml.BinaryClassification.Evaluate(trained.Transform(split.TestSet), nameof(Mail.Label));
            Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s; hold-out: accuracy {metrics.Accuracy:F4}, F1 {metrics.F1Score:F4}, AUC {metrics.AreaUnderRocCurve:F4}");
            Console.WriteLine(metrics.ConfusionMatrix.GetFormattedConfusionTable());

            var path = parse.GetValue(model)!.FullName;
            ml.Model.Save(trained, split.TrainSet.Schema, path);
            var loaded = new MLContext().RegisterTextClean().Model.Load(path, out _);
            var sample = ml.Data.TakeRows(split.TestSet, 200);
            bool same = Scores(ml, trained, sample).SequenceEqual(Scores(ml, loaded, sample));
            Console.WriteLine($"saved   {path}; loaded again: {(same ? "same scores" : "DIFFERENT scores")} on 200 test messages");
            return same ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static float[] Scores(MLContext ml, ITransformer model, IDataView data) =>
        [.. ml.Data.CreateEnumerable<Scored>(model.Transform(data), reuseRowObject: false).Select(s => s.Score)];

    /// <summary>One message as the classifier sees it.</summary>
    public sealed class Mail
    {
        /// <summary>Decoded subject and body.</summary>
        public string Text { get; set; } = string.Empty;

        /// <summary>True for spam.</summary>
        public bool Label { get; set; }
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }
}
