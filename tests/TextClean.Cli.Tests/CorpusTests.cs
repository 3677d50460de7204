using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace TextClean.Cli.Tests;

/// <summary><c>textclean tokenize</c> on the bundled SpamAssassin corpus (see corpora/README.md).</summary>
public class CorpusTests
{
    private static string SampleBodies => Path.Combine(Cli.RepoRoot, "corpora", "spamassassin", "sample-bodies.txt");

    private static string JsonlCorpus => Path.Combine(Cli.RepoRoot, "corpora", "spamassassin", "spamassassin.jsonl.gz");

    [Fact]
    public void Sample_bodies_give_200_lines_whose_tokens_match_the_text()
    {
        using var dir = new TempDir();
        var documents = File.ReadAllText(SampleBodies, Encoding.UTF8).TrimEnd('\n').Split('\n');
        Assert.Equal(200, documents.Length);

        var result = Cli.TokenizeFiles(dir, SampleBodies);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error); // the file is valid UTF-8 (its U+FFFD are characters, not bad bytes)
        var lines = Cli.Lines(result.Output);
        Assert.Equal(200, lines.Length);
        long tokens = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var parsed = Cli.ParseTokens(lines[i]);
            Assert.NotEmpty(parsed);
            Cli.AssertConsistent(documents[i], parsed);
            tokens += parsed.Count;
        }

        Assert.True(tokens > 50_000, $"only {tokens} tokens in 200 mail bodies");
    }

    [Fact]
    public void Sample_bodies_as_tsv_have_the_same_tokens_as_jsonl()
    {
        using var dir = new TempDir();
        var jsonl = Cli.Lines(Cli.TokenizeFiles(dir, SampleBodies).Output);
        var tsv = Cli.Lines(Cli.TokenizeFiles(dir, SampleBodies, "--format", "tsv").Output);

        var fromJsonl = jsonl.SelectMany((line, i) => Cli.ParseTokens(line).Select(t => $"{i + 1}\t{t.Start}\t{t.Length}\t{t.Kind}\t{t.Flags}")).ToList();
        var fromTsv = tsv.Skip(1).Select(row => string.Join('\t', row.Split('\t').Take(5))).ToList();
        Assert.Equal(fromJsonl, fromTsv);
    }

    [Fact]
    public void Jsonl_corpus_with_field_text_gives_one_token_line_per_message()
    {
        using var dir = new TempDir();
        var texts = new List<string>();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(JsonlCorpus), CompressionMode.Decompress), Encoding.UTF8))
        {
            while (reader.ReadLine() is { } line)
            {
                using var json = JsonDocument.Parse(line);
                texts.Add(json.RootElement.GetProperty("text").GetString()!);
            }
        }

        Assert.Equal(6046, texts.Count);

        var result = Cli.TokenizeFiles(dir, JsonlCorpus, "--field", "text");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = Cli.Lines(result.Output);
        Assert.Equal(6046, lines.Length);
        // Spot-check offsets on every 50th message; the full check is slow in Debug.
        for (int i = 0; i < lines.Length; i += 50)
        {
            Cli.AssertConsistent(texts[i], Cli.ParseTokens(lines[i]));
        }

        Assert.DoesNotContain(lines, l => l.StartsWith("{\"error\"", StringComparison.Ordinal));
    }
}
