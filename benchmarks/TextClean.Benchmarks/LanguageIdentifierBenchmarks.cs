using BenchmarkDotNet.Attributes;
using TextClean.Languages;

namespace TextClean.Benchmarks;

/// <summary>
/// Language identification: identifications of ~20-character snippets per second on one core (each operation is one
/// snippet: <c>ns/op</c> → ids/s = 10⁹ ÷ Mean), and the time to load the built-in model from the library. The snippets
/// are the held-out ~20-character ones of <c>corpora/langid/eval/snippets.tsv</c>, all 60 languages.
/// </summary>
[MemoryDiagnoser]
public class LanguageIdentifierBenchmarks
{
    private string[] _snippets = [];
    private byte[] _model = [];
    private LanguageIdentifier _identifier = null!;

    /// <summary>Loads the snippets and the model bytes (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup()
    {
        string root = BenchmarkCorpus.FindRepositoryRoot();
        _snippets = [.. File.ReadLines(Path.Combine(root, "corpora", "langid", "eval", "snippets.tsv"))
            .Select(l => l.Split('\t')).Where(p => p.Length == 3 && p[1] == "20").Select(p => p[2])];
        _model = File.ReadAllBytes(Path.Combine(root, "corpora", "langid", "langid.bin.gz"));
        _identifier = LanguageIdentifier.Default;
    }

    /// <summary>Identifies every 20-character snippet once; one operation per snippet.</summary>
    [Benchmark(OperationsPerInvoke = 2400, Description = "Identify a ~20-char snippet")]
    public int Identify()
    {
        int und = 0;
        for (int i = 0; i < 2400; i++)
        {
            und += _identifier.Identify(_snippets[i % _snippets.Length]).Language == LanguageIdentifier.Undetermined ? 1 : 0;
        }

        return und;
    }

    /// <summary>Reads the built-in model (gzip) and builds its lookup table.</summary>
    [Benchmark(Description = "Load the built-in model")]
    public int Load() => LanguageModel.Read(new MemoryStream(_model)).NgramCount;
}
