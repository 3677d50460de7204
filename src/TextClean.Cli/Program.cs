using System.CommandLine;
using TextClean.Cli.Commands;

namespace TextClean.Cli;

/// <summary>The <c>textclean</c> command line.</summary>
public static class Program
{
    /// <summary>Builds the command tree; tests call this to run commands in-process.</summary>
    public static RootCommand CreateRootCommand() => new("TextClean: explicit, fast text cleaning and tokenization for NLP.")
    {
        CleanCommand.Create(),
        ExplainCommand.Create(),
        ShowConfigCommand.Create(),
        DecideCommand.Create(),
        DetectLangCommand.Create(),
        TokenizeCommand.Create(),
        BenchCommand.Create(),
        RunCommand.Create(),
    };

    /// <summary>Entry point. Exit codes: 0 ok, 1 input or I/O failure, 2 usage or config error.</summary>
    public static int Main(string[] args)
    {
        var parse = CreateRootCommand().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"textclean: {error.Message}");
            }

            Console.Error.WriteLine("Run 'textclean --help' for usage.");
            return CommandRunner.UsageError;
        }

        return parse.Invoke();
    }
}
