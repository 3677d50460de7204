using Microsoft.ML;
using Microsoft.ML.Data;
using TextClean.Config;
using TextClean.Pipeline;
using TextClean.Tokenization;

namespace TextClean.ML.Tests;

public sealed class CleanTextTests
{
    private sealed class Cleaned
    {
        public string Body { get; set; } = string.Empty;

        public string Clean { get; set; } = string.Empty;
    }

    private sealed class Tokenized
    {
        public string Clean { get; set; } = string.Empty;

        public string[] Tokens { get; set; } = [];
    }

    private static IReadOnlyList<Email> Sample => Corpus.Emails;

    [Fact]
    public void Text_output_is_what_the_pipeline_cleans()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Sample);
        var transformed = ml.Transforms.Text.CleanText("Clean", "Body").Fit(data).Transform(data);

        var pipeline = TextPipeline.FromPreset("ml");
        var rows = ml.Data.CreateEnumerable<Cleaned>(transformed, reuseRowObject: false).ToList();
        Assert.Equal(Sample.Count, rows.Count);
        Assert.All(rows, row => Assert.Equal(pipeline.Clean(row.Body), row.Clean));
        Assert.Contains(rows, row => row.Clean != row.Body);
    }

    [Fact]
    public void A_preset_by_name_and_in_place_cleaning()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Sample);
        var transformed = ml.Transforms.Text.CleanText("Body", "Body", "search").Fit(data).Transform(data);

        var search = TextPipeline.FromPreset("search");
        var cleaned = transformed.GetColumn<string>("Body").ToList();
        Assert.Equal(Sample.Select(e => search.Clean(e.Body)), cleaned);
        Assert.Equal(["Body", "Label"], transformed.Schema.Select(c => c.Name).Distinct().Order());
    }

    [Fact]
    public void Tokens_output_is_the_tokens_of_the_cleaned_text()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Sample);
        var transformed = ml.Transforms.Text.CleanText("Clean", "Body")
            .Append(ml.Transforms.Text.CleanText("Tokens", "Body", output: CleanTextOutput.Tokens))
            .Fit(data).Transform(data);

        var rows = ml.Data.CreateEnumerable<Tokenized>(transformed, reuseRowObject: false).ToList();
        Assert.All(rows, row =>
            Assert.Equal(Tokenizer.Default.TokenizeToList(row.Clean).Select(t => t.GetString(row.Clean)), row.Tokens));
        Assert.Contains(rows, row => row.Tokens.Contains("<NUM>") || row.Tokens.Contains("<URL>"));
    }

    [Fact]
    public void Tokens_feed_ProduceNgrams_through_MapValueToKey()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Sample);
        var transformed = ml.Transforms.Text.CleanText("Tokens", "Body", output: CleanTextOutput.Tokens)
            .Append(ml.Transforms.Conversion.MapValueToKey("Keys", "Tokens"))
            .Append(ml.Transforms.Text.ProduceNgrams("Features", "Keys", ngramLength: 2))
            .Fit(data).Transform(data);

        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        transformed.Schema["Features"].GetSlotNames(ref slotNames);
        var names = slotNames.DenseValues().Select(n => n.ToString()).ToHashSet();
        Assert.Contains("<NUM>", names);
        Assert.Contains("<URL>", names);
        Assert.Contains("mailing|list", names);

        // Every row with tokens has features (one body, a script-only HTML spam, cleans to no tokens at all).
        var tokens = transformed.GetColumn<string[]>("Tokens").ToList();
        var features = transformed.GetColumn<float[]>("Features").ToList();
        Assert.Equal(tokens.Select(t => t.Length > 0), features.Select(f => f.Any(x => x > 0)));
        Assert.True(tokens.Count(t => t.Length > 0) >= 190);
    }

    [Fact]
    public void A_config_file_is_read_when_the_transform_is_made()
    {
        string path = Path.Combine(Corpus.RepoRoot, "samples", "configs", "ml-bucket.yaml");
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Sample);
        var transformed = ml.Transforms.Text.CleanTextFromConfigFile("Clean", "Body", path).Fit(data).Transform(data);

        var pipeline = TextPipeline.Create(PipelineConfigFile.Load(path));
        Assert.Equal(Sample.Select(e => pipeline.Clean(e.Body)), transformed.GetColumn<string>("Clean"));
        Assert.NotEqual(TextPipeline.FromPreset("ml").Config, pipeline.Config);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error() =>
        Assert.Throws<FileNotFoundException>(() => new MLContext().Transforms.Text.CleanTextFromConfigFile("Clean", "Body", "no-such.yaml"));

    [Fact]
    public void A_missing_input_column_is_a_clear_error()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Sample);
        var estimator = ml.Transforms.Text.CleanText("Clean", "Text");

        var fit = Assert.Throws<ArgumentException>(() => estimator.Fit(data));
        Assert.Contains("input column 'Text' is not in the data", fit.Message, StringComparison.Ordinal);
        Assert.Contains("'Body', 'Label'", fit.Message, StringComparison.Ordinal);

        // In a chain, ML.NET asks each estimator for its schema first, so the same message comes out of the chain's Fit.
        var chain = ml.Transforms.CopyColumns("Copy", "Body").Append(estimator);
        Assert.Contains("input column 'Text' is not in the data", Assert.Throws<ArgumentException>(() => chain.Fit(data)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_that_is_not_text_is_a_clear_error()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Sample);
        var error = Assert.Throws<ArgumentException>(() => ml.Transforms.Text.CleanText("Clean", "Label").Fit(data));
        Assert.Contains("'Label' is Boolean; CleanText needs a text (String) column", error.Message, StringComparison.Ordinal);
    }
}
