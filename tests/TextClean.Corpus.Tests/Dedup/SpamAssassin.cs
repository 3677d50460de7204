using System.IO.Compression;
using System.Text.Json;

namespace TextClean.Corpus.Tests.Dedup;

/// <summary>The mail bodies of corpora/spamassassin/spamassassin.jsonl.gz (6,046 real mails), read once.</summary>
internal static class SpamAssassin
{
    private static readonly Lazy<string[]> BodiesLazy = new(Load);

    /// <summary>The "text" field of every line, in file order.</summary>
    public static string[] Bodies => BodiesLazy.Value;

    /// <summary>Bodies with at least <paramref name="words"/> whitespace-separated words, in file order.</summary>
    public static IEnumerable<string> WithWords(int words) => Bodies.Where(b => Words(b).Length >= words);

    /// <summary>Splits on Unicode whitespace, as the dedup code does.</summary>
    public static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string[] Load()
    {
        string? root = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TextClean.sln")))
            {
                root = dir.FullName;
                break;
            }
        }

        var path = Path.Combine(root ?? throw new InvalidOperationException("TextClean.sln not found"), "corpora", "spamassassin", "spamassassin.jsonl.gz");
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var bodies = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            bodies.Add(json.RootElement.GetProperty("text").GetString()!);
        }

        return [.. bodies];
    }
}
