using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TextClean.Cli.Input;
using TextClean.Cli.Output;
using TextClean.IO;
using TextClean.Pipeline;

namespace TextClean.Cli.Commands;

/// <summary><c>textclean clean [FILE...]</c>: one cleaned output line per input document.</summary>
internal static class CleanCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = MinimalJsonEncoder.Instance };

    public static Command Create()
    {
        var files = CommonOptions.Files();
        var field = CommonOptions.Field();
        var output = CommonOptions.Output();
        var pipelineOptions = new PipelineOptions();
        var command = new Command(
            "clean",
            "Clean UTF-8 text with a pipeline (default: the ml preset). Plain text: one document per line in and out (line breaks inside a cleaned document become spaces). JSON Lines with --field: the field is replaced, every other field is kept as it is.")
        {
            files, field, output,
        };
        foreach (var option in pipelineOptions.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => CommandRunner.Run(parse, error =>
        {
            var pipeline = TextPipeline.Create(pipelineOptions.Resolve(parse));
            CommonOptions.WriteDocuments(parse, files, field, output, error, (documents, sink) => Write(pipeline, documents, parse.GetValue(field), sink));
        }));
        return command;
    }

    private static InputStats Write(TextPipeline pipeline, IEnumerable<Document> documents, string? field, Stream sink)
    {
        var stats = new InputStats();
        using var writer = new StreamWriter(sink, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        foreach (var doc in documents)
        {
            stats.Add(doc);
            if (doc.Error is not null)
            {
                // Never drop a line silently: the output keeps one line per input line.
                writer.Write(JsonSerializer.Serialize(new JsonObject { ["error"] = $"{doc.Source}:{doc.Line}: {doc.Error}" }, JsonOptions));
            }
            else if (field is null)
            {
                writer.Write(OneLine(pipeline.Clean(doc.Text!)));
            }
            else
            {
                var record = JsonNode.Parse(doc.Json!)!.AsObject();
                record[field] = pipeline.Clean(doc.Text!);
                writer.Write(record.ToJsonString(JsonOptions));
            }

            writer.Write('\n');
        }

        return stats;
    }

    private static string OneLine(string text) =>
        text.AsSpan().IndexOfAny('\n', '\r') < 0 ? text : text.ReplaceLineEndings(" ");
}
