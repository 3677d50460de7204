using System.CommandLine;
using System.Globalization;
using TextClean.Bench;

namespace TextClean.Cli.Commands;

/// <summary>
/// <c>textclean bench [FILE...]</c>: measures TextClean's tokenizer against ML.NET, Lucene.Net, a generated Regex,
/// string.Split and two references on a corpus, one thread, and prints a Markdown table (MB/s, tokens/s, bytes per token).
/// </summary>
internal static class BenchCommand
{
    /// <summary>The corpus used when no file is given, relative to the current directory (the repository root).</summary>
    public const string BundledCorpus = "corpora/spamassassin/spamassassin.jsonl.gz";

    public static Command Create()
    {
        var files = CommonOptions.Files($"UTF-8 corpus files (.gz is decompressed), one document per line, or JSON Lines with --field. Default: {BundledCorpus} under the current directory.");
        var field = new Option<string?>("--field")
        {
            Description = "Read JSON Lines and take the text from this field. Default: \"text\" for .jsonl/.ndjson/.json(.gz) files, otherwise plain text.",
        };
        var seconds = CommonOptions.Seconds("--seconds", "Measure each tokenizer for at least this many seconds (whole passes over the corpus).", 3, allowZero: false);
        var warmup = CommonOptions.Seconds("--warmup", "Warm each tokenizer up for this many seconds before measuring (at least one pass).", 1, allowZero: true);
        var only = new Option<string[]>("--only")
        {
            Description = $"Run only these tokenizers, comma-separated (or repeat the option): {string.Join(",", Contenders.Ids)}, or mlnet-space for ML.NET with its default separator.",
        };
        only.Validators.Add(result =>
        {
            foreach (var name in SplitNames(result.GetValueOrDefault<string[]>()))
            {
                if (!Contenders.TryCreate(name, out _))
                {
                    result.AddError($"--only: unknown tokenizer '{name}'; known: {string.Join(", ", Contenders.AllIds)}.");
                }
            }
        });

        var command = new Command("bench", "Compare tokenizer throughput (MB/s, tokens/s, bytes allocated per token) on a corpus: TextClean, ML.NET, Lucene.Net, Regex, string.Split, and two references. Prints a Markdown table.")
        {
            files, field, seconds, warmup, only,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var paths = parse.GetValue(files) ?? [];
            if (paths.Length == 0)
            {
                if (!File.Exists(BundledCorpus))
                {
                    error.WriteLine($"textclean: bench: no FILE given and the bundled corpus {BundledCorpus} is not under {Directory.GetCurrentDirectory()}; pass a corpus file (plain text, one document per line, or JSON Lines with --field).");
                    return CommandRunner.UsageError;
                }

                paths = [BundledCorpus];
            }

            var names = SplitNames(parse.GetValue(only)).ToList();
            var options = new BenchRunnerOptions
            {
                MinTime = TimeSpan.FromSeconds(parse.GetValue(seconds)),
                WarmupTime = TimeSpan.FromSeconds(parse.GetValue(warmup)),
                Progress = c => error.WriteLine($"textclean: bench: measuring {c.Name}..."),
            };
            return CommandRunner.Run(parse, err =>
            {
                var corpus = TextClean.Bench.Corpus.Load(paths, parse.GetValue(field) ?? TextClean.Bench.Corpus.DefaultFieldFor(paths[0]));
                if (corpus.DocumentCount == 0)
                {
                    throw new InvalidDataException($"no documents in {corpus.Source}" + (corpus.SkippedLines > 0 ? $" ({corpus.SkippedLines} lines were not JSON objects with a string in the field)" : string.Empty));
                }

                err.WriteLine(string.Create(CultureInfo.InvariantCulture, $"textclean: bench: {corpus.DocumentCount:N0} documents, {corpus.Utf8Bytes / 1e6:0.00} MB UTF-8"));
                var contenders = names.Count == 0 ? Contenders.CreateAll() : [.. names.Select(Contenders.Create)];
                var results = new BenchRunner(options).Run(corpus, contenders);
                output.Write(BenchRunner.FormatReport(corpus, results, options));
            });
        });
        return command;
    }

    private static IEnumerable<string> SplitNames(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
