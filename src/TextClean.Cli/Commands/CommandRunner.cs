using System.CommandLine;

namespace TextClean.Cli.Commands;

/// <summary>Runs a command body and turns failures into the documented exit codes: 0 ok, 1 input or I/O failure, 2 usage or config error.</summary>
internal static class CommandRunner
{
    public const int Ok = 0;
    public const int IoFailure = 1;
    public const int UsageError = 2;

    public static int Run(ParseResult parse, Action<TextWriter> body)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            body(error);
            return Ok;
        }
        catch (Exception e) when (e is UsageException or TextClean.Corpus.Jobs.JobException)
        {
            error.WriteLine($"textclean: {e.Message}");
            return UsageError;
        }
        catch (TextClean.Pipeline.ConfigException e)
        {
            // Every problem, one per line, as compilers print them: file(line,col): error: ...
            foreach (var problem in e.Errors)
            {
                error.WriteLine(problem.ToString());
            }

            return UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or TextClean.Corpus.IO.InputException)
        {
            error.WriteLine($"textclean: {e.Message}");
            return IoFailure;
        }
    }
}
