using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;
using TextClean.Config;
using TextClean.Pipeline;

namespace TextClean.ML.Tests;

public sealed class SaveLoadTests
{
    private sealed class Prediction
    {
        public bool PredictedLabel { get; set; }

        public float Score { get; set; }
    }

    private static float[] Scores(ITransformer model, IDataView data) => [.. model.Transform(data).GetColumn<float>("Score")];

    private static (ITransformer Loaded, DataViewSchema Schema) SaveAndLoad(ITransformer model, IDataView data, MLContext loading)
    {
        using var stream = new MemoryStream();
        new MLContext().Model.Save(model, data.Schema, stream);
        stream.Position = 0;

        // Forget every pipeline built in this process, so the loaded model has to rebuild its own from the config it carries.
        ModelConfig.Forget();
        var loaded = loading.Model.Load(stream, out var schema);
        return (loaded, schema);
    }

    [Fact]
    public void A_word_bag_classifier_over_the_tokens_gives_the_same_scores_after_save_and_load()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Corpus.Emails);
        var model = ml.Transforms.Text.CleanText("Tokens", "Body", output: CleanTextOutput.Tokens)
            .Append(ml.Transforms.Text.ProduceWordBags("Features", "Tokens", ngramLength: 2))
            .AppendCacheCheckpoint(ml)
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression("Label", "Features"))
            .Fit(data);

        var metrics = ml.BinaryClassification.Evaluate(model.Transform(data));
        Assert.True(metrics.Accuracy > 0.9, $"training accuracy {metrics.Accuracy}");

        var (loaded, schema) = SaveAndLoad(model, data, new MLContext().RegisterTextClean());
        Assert.Equal(["Body", "Label"], schema.Select(c => c.Name));
        float[] before = Scores(model, data);
        Assert.Equal(before, Scores(loaded, data));
        Assert.True(before.Distinct().Count() > 100);

        // One row at a time, as a service would use it.
        var loadedEngine = ml.Model.CreatePredictionEngine<Email, Prediction>(loaded);
        var engine = ml.Model.CreatePredictionEngine<Email, Prediction>(model);
        foreach (var email in Corpus.Emails.Take(20))
        {
            Assert.Equal(engine.Predict(email).Score, loadedEngine.Predict(email).Score);
        }
    }

    [Fact]
    public void FeaturizeText_over_cleaned_text_with_a_config_built_in_code_gives_the_same_scores_after_save_and_load()
    {
        var config = PipelineConfigFile.Parse(
            "preset: social\nnormalizers:\n  - numbers: { policy: bucket, bucket_base: 10 }\n  - case: { policy: lower }\n",
            "inline.yaml", ConfigFormat.Yaml);
        var pipeline = TextPipeline.Create(config);
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
        };

        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Corpus.Emails);
        var model = ml.Transforms.Text.CleanText("Clean", "Body", pipeline)
            .Append(ml.Transforms.Text.FeaturizeText("Features", options, "Clean"))
            .AppendCacheCheckpoint(ml)
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression("Label", "Features"))
            .Fit(data);

        var (loaded, _) = SaveAndLoad(model, data, new MLContext().RegisterTextClean());
        Assert.Equal(Scores(model, data), Scores(loaded, data));
        Assert.Equal(Corpus.Emails.Select(e => pipeline.Clean(e.Body)), loaded.Transform(data).GetColumn<string>("Clean"));
    }

    [Fact]
    public void A_model_from_a_config_file_loads_without_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"textclean-{Guid.NewGuid():N}.json");
        var config = PipelineConfigFile.Load(Path.Combine(Corpus.RepoRoot, "samples", "configs", "ml-bucket.yaml"));
        File.WriteAllText(path, PipelineConfigFile.Write(config, ConfigFormat.Json));
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Corpus.Emails.Take(30));
        ITransformer model;
        try
        {
            model = ml.Transforms.Text.CleanTextFromConfigFile("Clean", "Body", path).Fit(data);
        }
        finally
        {
            File.Delete(path);
        }

        var (loaded, _) = SaveAndLoad(model, data, new MLContext().RegisterTextClean());
        var pipeline = TextPipeline.Create(config);
        Assert.Equal(Corpus.Emails.Take(30).Select(e => pipeline.Clean(e.Body)), loaded.Transform(data).GetColumn<string>("Clean"));
    }

    [Fact]
    public void Loading_works_without_registering_because_the_model_names_the_factory_assembly()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Corpus.Emails.Take(10));
        var model = ml.Transforms.Text.CleanText("Clean", "Body").Fit(data);

        var (loaded, _) = SaveAndLoad(model, data, new MLContext());
        Assert.Equal(model.Transform(data).GetColumn<string>("Clean"), loaded.Transform(data).GetColumn<string>("Clean"));
    }

    [Fact]
    public void A_pipeline_with_a_normalizer_that_is_not_built_in_is_refused_because_a_model_could_not_rebuild_it()
    {
        var shout = new NormalizerDefinition("shout", "Upper-cases words.", 1950, [SettingDefinition.Choice("policy", "on or off", "on", "on", "off")], c => new Shout(c));
        var pipeline = new TextPipelineBuilder(NormalizerRegistry.Default.With(shout)).Use("shout").Build();

        var error = Assert.Throws<NotSupportedException>(() => new MLContext().Transforms.Text.CleanText("Clean", "Body", pipeline));
        Assert.Contains("normalizers that are not built in", error.Message, StringComparison.Ordinal);
    }

    private sealed class Shout(NormalizerConfig config) : Normalizer(config)
    {
        public override bool Transforms(TextClean.Tokenization.TokenKind kind) => kind == TextClean.Tokenization.TokenKind.Word;

        public override bool Transform(ReadOnlySpan<char> token, TokenBuffer output)
        {
            output.Advance(token.ToUpperInvariant(output.GetSpan(token.Length)));
            return true;
        }
    }
}
