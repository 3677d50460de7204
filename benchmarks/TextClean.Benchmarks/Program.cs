using System.Globalization;
using BenchmarkDotNet.Running;

namespace TextClean.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet suite: <c>dotnet run -c Release --project benchmarks/TextClean.Benchmarks -- --filter '*Tokenizer*'</c>.
/// With <c>breakdown [passes]</c> as the arguments it runs <see cref="PipelineBreakdown"/> instead (a quick Stopwatch harness).
/// </summary>
public static class Program
{
    /// <summary>Entry point; arguments are BenchmarkDotNet's (<c>--filter</c>, <c>--job</c>, <c>--list flat</c>, ...), <c>breakdown [passes]</c>, or <c>profile PRESET-OR-NORMALIZER [seconds]</c>.</summary>
    public static void Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["breakdown", ..])
        {
            PipelineBreakdown.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3, Console.Out);
            return;
        }

        if (args is ["profile", var name, ..])
        {
            // A steady loop for an external profiler (perf with DOTNET_PerfMapEnabled=1): a preset, or one normalizer alone.
            PipelineBreakdown.Loop(name, args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 10, Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
