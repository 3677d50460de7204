using System.IO.Compression;
using System.Text.Json;
using SpamClassifier;

namespace SpamClassifier.Tests;

public sealed class ExportTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Export_writes_one_line_per_message_with_the_corpus_labels()
    {
        var dir = Directory.CreateTempSubdirectory("spamclassifier-export-");
        try
        {
            var outPath = Path.Combine(dir.FullName, "decoded.jsonl.gz");
            var counts = Exporter.Export(Corpus.Read(corpus.Path), outPath);

            using var reader = new StreamReader(new GZipStream(File.OpenRead(outPath), CompressionMode.Decompress));
            var lines = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                lines.Add(line);
            }

            Assert.Equal(6046, lines.Count);
            Assert.Equal(6046, counts.Messages);
            Assert.Equal(4150, counts.ByLabel["ham"]);
            Assert.Equal(1896, counts.ByLabel["spam"]);
            Assert.Equal(6046, Enum.GetValues<MailBodySource>().Sum(s => counts[s]));
            Assert.Equal(2, counts[MailBodySource.Fallback]);

            for (var i = 0; i < lines.Count; i++)
            {
                using var doc = JsonDocument.Parse(lines[i]);
                var root = doc.RootElement;
                Assert.Equal(["id", "label", "text"], root.EnumerateObject().Select(p => p.Name));
                Assert.Equal(corpus.Messages[i].Id, root.GetProperty("id").GetString());
                Assert.Equal(corpus.Messages[i].Label, root.GetProperty("label").GetString());
            }

            using (var first = JsonDocument.Parse(lines[corpus.Messages.ToList().FindIndex(m => m.Id == "spam-2/00853")]))
            {
                Assert.StartsWith("黄山旅游天天发,南京特价宾馆任你选\n\n黄山旅游天天发", first.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Export_is_byte_identical_across_runs()
    {
        var dir = Directory.CreateTempSubdirectory("spamclassifier-export-");
        try
        {
            var some = corpus.Messages.Where((_, i) => i % 20 == 0).ToList();
            var a = Path.Combine(dir.FullName, "a.jsonl");
            var b = Path.Combine(dir.FullName, "b.jsonl");
            Exporter.Export(some, a);
            Exporter.Export(some, b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
