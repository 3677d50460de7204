using System.IO.Compression;
using System.Text.Json;

namespace TextClean.Tests.Support;

/// <summary>The SpamAssassin bodies committed under corpora/, loaded once per test run.</summary>
internal static class SpamAssassin
{
    private static readonly Lazy<IReadOnlyList<string>> AllBodies = new(Load);

    public static IReadOnlyList<string> Bodies => AllBodies.Value;

    private static List<string> Load()
    {
        var bodies = new List<string>();
        using var file = File.OpenRead(TestData.PathOf("corpora/spamassassin/spamassassin.jsonl.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            bodies.Add(json.RootElement.GetProperty("text").GetString()!);
        }

        return bodies;
    }
}
