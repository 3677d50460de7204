using TextClean.Filters;
using TextClean.Jobs;
using TextClean.Pipeline;

namespace TextClean.Config.Tests;

public class JobConfigFileTests
{
    private static JobConfig Parse(string text, ConfigFormat format = ConfigFormat.Yaml) => JobConfigFile.Parse(text, "job.yaml", format);

    private static IReadOnlyList<ConfigError> Errors(string text) => Assert.Throws<ConfigException>(() => Parse(text)).Errors;

    [Fact]
    public void A_full_job_file_reads_every_part_in_order()
    {
        var job = Parse("""
            input:
              paths: [ "crawl/*.jsonl.gz", extra.txt ]
              format: jsonl
              text_field: body
              invalid_utf8: replace
              max_record_bytes: 4096
              part_mb: 64
            output:
              dir: out
              compression: zstd
            workers: 3
            stages:
              - length: { min_words: 20 }
              - language: { keep: [eng, deu], min_score: 0.75 }
              - pipeline:
                  preset: minimal
                  normalizers:
                    - emojis: { policy: mask }
              - quality
              - dedup: { near: true, bands: 20, rows_per_band: 5 }
            """);
        Assert.Equal(["crawl/*.jsonl.gz", "extra.txt"], job.Inputs);
        Assert.Equal(("jsonl", "body", "replace", 4096, 64), (job.Format, job.TextField, job.InvalidUtf8, job.MaxRecordBytes, job.PartMegabytes));
        Assert.Equal(("out", "zstd", 3), (job.Output, job.Compression, job.Workers));
        Assert.Equal(["length", "language", "pipeline", "quality", "dedup"], job.Stages.Select(s => s.Name));
        var length = Assert.IsType<FilterStage>(job.Stages[0]).Filter;
        Assert.Equal("20", length["min_words"]);
        var language = Assert.IsType<FilterStage>(job.Stages[1]).Filter;
        Assert.Equal(["eng", "deu"], language.GetList("keep"));
        Assert.Equal(0.75, language.GetNumber("min_score"));
        var pipeline = Assert.IsType<PipelineStage>(job.Stages[2]).Pipeline;
        Assert.Equal("mask", pipeline.Find("emojis")!["policy"]);
        Assert.Equal(Presets.Get("minimal").Resolve().Normalizers.Count + 1, pipeline.Normalizers.Count);
        var dedup = Assert.IsType<DedupStage>(job.Stages[4]);
        Assert.Equal((true, true, 5, 20, 5), (dedup.Exact, dedup.Near, dedup.ShingleWords, dedup.Bands, dedup.RowsPerBand));

        // Every filter the file names can be built from what was read.
        foreach (var stage in job.Stages.OfType<FilterStage>())
        {
            Assert.Equal(stage.Filter.Name, FilterRegistry.Default.Create(stage.Filter).Name);
        }
    }

    [Fact]
    public void Without_stages_the_default_job_runs_and_a_bare_pipeline_is_the_default_preset()
    {
        var job = Parse("output: { dir: out }\n");
        Assert.Equal(JobConfig.Default.Stages, job.Stages);
        Assert.Equal(["length", "quality", "pipeline", "dedup"], job.Stages.Select(s => s.Name));
        Assert.Equal(Presets.Get(Presets.DefaultName), Assert.IsType<PipelineStage>(Parse("stages: [ pipeline ]").Stages[0]).Pipeline);
        Assert.Equal(JobConfig.Default.Stages, Parse(string.Empty).Stages);
    }

    [Fact]
    public void Json_job_files_read_the_same()
    {
        var yaml = Parse("stages:\n  - quality: { min_stop_words: 1 }\n  - dedup\n");
        var json = Parse("""{ "stages": [ { "quality": { "min_stop_words": 1 } }, "dedup" ] }""", ConfigFormat.Json);
        Assert.Equal(yaml.Stages.Select(s => s.ToString()), json.Stages.Select(s => s.ToString()));
    }

    [Fact]
    public void Unknown_keys_and_stages_are_located_with_a_suggestion()
    {
        var errors = Errors("""
            inputs: [ a.txt ]
            stages:
              - qualty
            """);
        Assert.Equal(2, errors.Count);
        Assert.Equal("job.yaml(1,1): error: unknown key 'inputs' (inputs); allowed: input, output, workers, stages; did you mean 'input'?", errors[0].ToString());
        Assert.Equal(new SourceLocation("job.yaml", 3, 5), errors[1].Location);
        Assert.Equal("quality", errors[1].Suggestion);
        Assert.Contains("dedup", errors[1].Allowed);
    }

    [Fact]
    public void Bad_filter_values_point_at_the_value_and_name_the_range()
    {
        var errors = Errors("""
            stages:
              - quality:
                  max_mean_word_length: lots
                  min_stop_wrds: 2
              - language: { keep: [eng, klingon] }
            """);
        Assert.Equal(3, errors.Count);
        Assert.Equal(new SourceLocation("job.yaml", 3, 29), errors[0].Location);
        Assert.Contains("must be a number from", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("job.yaml", 4, 7), errors[1].Location);
        Assert.Equal("min_stop_words", errors[1].Suggestion);
        Assert.Equal("stages[1].language.keep", errors[2].Path);
        Assert.Contains("'klingon' is not allowed", errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("eng", errors[2].Allowed);
    }

    [Fact]
    public void Pipeline_errors_keep_their_position_and_say_which_stage()
    {
        var error = Assert.Single(Errors("""
            stages:
              - length
              - pipeline:
                  normalizers:
                    - numbrs
            """));
        Assert.Equal(new SourceLocation("job.yaml", 5, 11), error.Location);
        Assert.StartsWith("stages[1].pipeline.normalizers[0]", error.Path, StringComparison.Ordinal);
        Assert.Equal("numbers", error.Suggestion);
    }

    [Fact]
    public void Dedup_runs_last_and_stages_are_listed_once()
    {
        var errors = Errors("""
            stages:
              - dedup
              - quality
              - length
              - length
            """);
        Assert.Contains(errors, e => e.Message.Contains("'quality' comes after dedup", StringComparison.Ordinal) && e.Location!.Value.Line == 3);
        Assert.Contains(errors, e => e.Message.Contains("'length' is listed twice (first at stages[2])", StringComparison.Ordinal) && e.Location!.Value.Line == 5);
    }

    [Fact]
    public void Scalars_out_of_range_or_not_allowed_are_errors()
    {
        var errors = Errors("""
            workers: 0
            input: { format: xml, max_record_bytes: 10 }
            output: { compression: brotli }
            """);
        Assert.Equal(4, errors.Count);
        Assert.Equal("workers must be an integer from 1 to 1024; found '0'", errors[0].Message);
        Assert.Equal(JobConfig.Formats, errors[1].Allowed);
        Assert.Equal("input.max_record_bytes", errors[2].Path);
        Assert.Equal(JobConfig.Compressions, errors[3].Allowed);
    }

    [Fact]
    public void A_missing_job_file_is_named()
    {
        var e = Assert.Throws<FileNotFoundException>(() => JobConfigFile.Load("no-such-job.yaml"));
        Assert.Contains("no-such-job.yaml", e.Message, StringComparison.Ordinal);
    }
}
