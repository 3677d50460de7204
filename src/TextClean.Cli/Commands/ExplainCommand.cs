using System.CommandLine;
using TextClean.Pipeline;

namespace TextClean.Cli.Commands;

/// <summary><c>textclean explain "text"</c>: every normalizer's decision on one text, for learners.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text")
        {
            Description = "The text to explain; read from standard input when omitted.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var pipelineOptions = new PipelineOptions();
        var command = new Command("explain", "Show what each normalizer of the pipeline does to a text, change by change, and why.") { text };
        foreach (var option in pipelineOptions.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => CommandRunner.Run(parse, _ =>
        {
            var pipeline = TextPipeline.Create(pipelineOptions.Resolve(parse));
            string input = parse.GetValue(text) ?? Console.In.ReadToEnd();
            parse.InvocationConfiguration.Output.Write(pipeline.Explain(input).ToString());
        }));
        return command;
    }
}
