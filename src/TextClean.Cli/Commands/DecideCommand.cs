using System.CommandLine;
using System.Globalization;
using TextClean.Cli.Decide;
using TextClean.ML.Decisions;
using TextClean.Pipeline;

namespace TextClean.Cli.Commands;

/// <summary>
/// <c>textclean decide --data FILE.jsonl</c>: what each cleaning decision does to a real classifier on the user's labelled
/// data; a Markdown table on stdout and <c>report/index.html</c> with charts and examples.
/// </summary>
internal static class DecideCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Labelled JSON Lines (.jsonl or .jsonl.gz): one document a line, with a text field and a label field.", Required = true };
        var textField = new Option<string>("--text-field") { Description = "The field with the text.", DefaultValueFactory = _ => "text" };
        var labelField = new Option<string>("--label-field") { Description = "The field with the class (a string, number or boolean; two or more classes).", DefaultValueFactory = _ => "label" };
        var folds = new Option<int>("--folds") { Description = "Stratified cross-validation folds (2 or more; every class needs a row in each).", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of the folds and the trainer; the same seed gives the same report.", DefaultValueFactory = _ => 42 };
        var examples = new Option<int>("--examples") { Description = "Changed documents to show per decision.", DefaultValueFactory = _ => 3 };
        var decisions = new Option<string[]>("--decisions") { Description = "Only these decisions (normalizer names, comma-separated or repeated); default: every normalizer.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Folder for index.html (the report with charts) and report.md.", DefaultValueFactory = _ => "report" };
        var pipelineOptions = new PipelineOptions();
        var command = new Command("decide", "Measure what each cleaning decision does to a classifier on your labelled data: every normalizer, every policy, one at a time against the base config, with k-fold cross-validation.")
        {
            data, textField, labelField, folds, seed, examples, decisions, output,
        };
        foreach (var option in pipelineOptions.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => CommandRunner.Run(parse, error =>
        {
            int foldCount = parse.GetValue(folds);
            if (foldCount < 2)
            {
                throw new UsageException($"--folds must be 2 or more, not {foldCount}");
            }

            var baseConfig = pipelineOptions.Resolve(parse);
            var only = Decisions(parse.GetValue(decisions));
            string path = parse.GetValue(data)!;
            var rows = LabelledData.Read(path, parse.GetValue(textField)!, parse.GetValue(labelField)!);
            var options = new DecisionOptions
            {
                Folds = foldCount,
                Seed = parse.GetValue(seed),
                Examples = parse.GetValue(examples),
                Decisions = only,
                Progress = new ConsoleProgress(error),
            };
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"textclean decide: {rows.Count:N0} documents from {path}; {foldCount} folds per config"));
            DecisionReport report;
            try
            {
                report = DecisionRunner.Run(rows, baseConfig, options);
            }
            catch (DecisionDataException e)
            {
                throw new InvalidDataException($"{path}: {e.Message}", e);
            }

            string markdown = DecisionTable.ToMarkdown(report);
            string folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "report.md"), markdown);
            File.WriteAllText(Path.Combine(folder, "index.html"), DecisionHtml.Render(report, path));
            parse.InvocationConfiguration.Output.Write(markdown);
            error.WriteLine($"textclean decide: wrote {Path.Combine(folder, "index.html")} and report.md");
        }));
        return command;
    }

    // "numbers,case" or repeated names; every name must be a normalizer (a typo gets the closest suggested).
    private static HashSet<string>? Decisions(string[]? values)
    {
        if (values is null || values.Length == 0)
        {
            return null;
        }

        var names = NormalizerRegistry.Default.Names.ToList();
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                throw new ConfigException([new ConfigError("--decisions", $"unknown decision '{name}'", names, DidYouMean.Suggest(name, names))]);
            }

            chosen.Add(name);
        }

        return chosen;
    }

    // One line per measured config on stderr, with the time so far and an estimate of the rest; synchronous, so lines
    // come out as configs finish (Progress<T> would post them to the thread pool, out of order).
    private sealed class ConsoleProgress(TextWriter error) : IProgress<DecisionProgress>
    {
        private readonly Lock _lock = new();

        public void Report(DecisionProgress value)
        {
            var left = value.Done == 0 ? TimeSpan.Zero : value.Elapsed / value.Done * (value.Total - value.Done);
            lock (_lock)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{value.Done,3}/{value.Total}] {value.Label,-32} {value.Elapsed:m\\:ss} elapsed, about {left:m\\:ss} left"));
            }
        }
    }
}
