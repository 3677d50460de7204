using System.Globalization;
using BenchmarkDotNet.Running;

namespace TextClean.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet suite: <c>dotnet run -c Release --project benchmarks/TextClean.Benchmarks -- --filter '*Tokenizer*'</c>.
/// With <c>breakdown [passes]</c> as the arguments it runs <see cref="PipelineBreakdown"/> instead (a quick Stopwatch harness).
/// </summary>
public static class Program
{
    /// <summary>Entry point; arguments are BenchmarkDotNet's (<c>--filter</c>, <c>--job</c>, <c>--list flat</c>, ...), or <c>breakdown [passes]</c>.</summary>
    public static void Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["breakdown", ..])
        {
            PipelineBreakdown.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3, Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
