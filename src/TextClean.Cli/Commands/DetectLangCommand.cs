using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TextClean.Cli.Input;
using TextClean.Cli.Output;
using TextClean.IO;
using TextClean.Languages;

namespace TextClean.Cli.Commands;

/// <summary><c>textclean detect-lang [FILE...]</c>: the language of each line (or JSON Lines field), as <c>lang&lt;TAB&gt;score</c> or JSON Lines.</summary>
internal static class DetectLangCommand
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = MinimalJsonEncoder.Instance };

    public static Command Create()
    {
        var files = CommonOptions.Files();
        var field = CommonOptions.Field();
        var output = CommonOptions.Output();
        var format = new Option<string>("--format")
        {
            Description = "Output format: tsv (lang<TAB>score per input line) or jsonl ({\"lang\",\"score\",\"candidates\":[top 3]} per line).",
            DefaultValueFactory = _ => "tsv",
        };
        format.AcceptOnlyFromAmong("tsv", "jsonl");
        var minScore = new Option<float>("--min-score") { Description = "Answer 'und' (undetermined) when the best score is below this (0 to 1).", DefaultValueFactory = _ => 0f };
        var command = new Command("detect-lang", $"Identify the language of each document (one per line, or JSON Lines with --field): ISO 639-3 codes of {LanguageInfo.All.Count} languages, 'und' when it cannot be told.")
        {
            files, field, output, format, minScore,
        };
        command.SetAction(parse => CommandRunner.Run(parse, error =>
        {
            float threshold = parse.GetValue(minScore);
            if (threshold is < 0 or > 1)
            {
                throw new UsageException($"--min-score must be between 0 and 1, not {threshold.ToString(CultureInfo.InvariantCulture)}");
            }

            var identifier = new LanguageIdentifier(LanguageIdentifier.Default.Model) { MinimumScore = threshold };
            bool jsonl = parse.GetValue(format) == "jsonl";
            CommonOptions.WriteDocuments(parse, files, field, output, error, (documents, sink) => jsonl ? WriteJsonLines(identifier, documents, sink) : WriteTsv(identifier, documents, sink));
        }));
        return command;
    }

    private static InputStats WriteTsv(LanguageIdentifier identifier, IEnumerable<Document> documents, Stream sink)
    {
        var stats = new InputStats();
        using var writer = new StreamWriter(sink, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        foreach (var doc in documents)
        {
            stats.Add(doc);
            if (doc.Error is not null)
            {
                writer.Write($"error\t{doc.Source}:{doc.Line}: {doc.Error}\n");
                continue;
            }

            var best = identifier.Identify(doc.Text);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{best.Language}\t{best.Score:0.####}\n"));
        }

        return stats;
    }

    private static InputStats WriteJsonLines(LanguageIdentifier identifier, IEnumerable<Document> documents, Stream sink)
    {
        var stats = new InputStats();
        var ranked = new LanguageScore[3];
        using var json = new Utf8JsonWriter(sink, JsonOptions);
        foreach (var doc in documents)
        {
            stats.Add(doc);
            json.Reset();
            json.WriteStartObject();
            if (doc.Error is not null)
            {
                json.WriteString("error", $"{doc.Source}:{doc.Line}: {doc.Error}");
            }
            else
            {
                int count = identifier.Identify(doc.Text, ranked);
                json.WriteString("lang", ranked[0].Language);
                json.WriteNumber("score", Math.Round(ranked[0].Score, 4));
                json.WriteStartArray("candidates");
                for (int i = 0; i < count; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("lang", ranked[i].Language);
                    json.WriteNumber("score", Math.Round(ranked[i].Score, 4));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.Flush();
            sink.WriteByte((byte)'\n');
        }

        return stats;
    }
}
