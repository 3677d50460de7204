using System.IO.Compression;
using System.Text.Json;

namespace TextClean.Tests.Support;

/// <summary>The SpamAssassin bodies committed under corpora/, loaded once per test run.</summary>
internal static class SpamAssassin
{
    private static readonly Lazy<IReadOnlyList<(string Group, string Text)>> AllMessages = new(Load);

    private static readonly Lazy<IReadOnlyList<string>> AllBodies = new(() => [.. AllMessages.Value.Select(m => m.Text)]);

    public static IReadOnlyList<string> Bodies => AllBodies.Value;

    /// <summary>Each body with its group without the part number: easy-ham, hard-ham or spam.</summary>
    public static IReadOnlyList<(string Group, string Text)> Messages => AllMessages.Value;

    private static List<(string Group, string Text)> Load()
    {
        var bodies = new List<(string Group, string Text)>();
        using var file = File.OpenRead(TestData.PathOf("corpora/spamassassin/spamassassin.jsonl.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            string group = json.RootElement.GetProperty("group").GetString()!.TrimEnd('-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            bodies.Add((group, json.RootElement.GetProperty("text").GetString()!));
        }

        return bodies;
    }
}
