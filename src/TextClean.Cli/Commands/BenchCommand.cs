using System.CommandLine;

namespace TextClean.Cli.Commands;

/// <summary><c>textclean bench [FILE]</c>: placeholder until the benchmark comparison lands.</summary>
internal static class BenchCommand
{
    public static Command Create() => new("bench", "Compare tokenizer throughput on a corpus.");
}
