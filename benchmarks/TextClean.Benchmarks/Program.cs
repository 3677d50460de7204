using BenchmarkDotNet.Running;

namespace TextClean.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet suite: <c>dotnet run -c Release --project benchmarks/TextClean.Benchmarks -- --filter '*Tokenizer*'</c>.
/// </summary>
public static class Program
{
    /// <summary>Entry point; arguments are BenchmarkDotNet's (<c>--filter</c>, <c>--job</c>, <c>--list flat</c>, ...).</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
