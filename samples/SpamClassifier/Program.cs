using System.CommandLine;
using SpamClassifier.Commands;

namespace SpamClassifier;

/// <summary>The sample's command line: <c>dotnet run --project samples/SpamClassifier -- COMMAND ...</c>.</summary>
public static class Program
{
    /// <summary>Builds the command tree. A new command is a class with a static <c>Create()</c>, listed here.</summary>
    public static RootCommand CreateRootCommand() => new("Spam classifier sample on the SpamAssassin corpus, with TextClean and MimeKit.")
    {
        ExportCommand.Create(),
        ShowCommand.Create(),
        TrainCommand.Create(),
    };

    /// <summary>Entry point. Exit codes: 0 ok, 1 input or I/O failure, 2 usage error.</summary>
    /// <param name="args">The command line.</param>
    public static int Main(string[] args)
    {
        var parse = CreateRootCommand().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"SpamClassifier: {error.Message}");
            }

            return ExitCodes.Usage;
        }

        return parse.Invoke();
    }
}
