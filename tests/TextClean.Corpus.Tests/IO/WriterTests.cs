using System.Text;
using System.Text.Json;
using TextClean.Corpus.IO;
using TextClean.Filters;

namespace TextClean.Corpus.Tests.IO;

public sealed class WriterTests
{
    public static TheoryData<string, Compression> LineFormats()
    {
        var data = new TheoryData<string, Compression>();
        foreach (var extension in new[] { ".txt", ".jsonl" })
        {
            foreach (var compression in Enum.GetValues<Compression>())
            {
                data.Add(extension, compression);
            }
        }

        return data;
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    private static string Suffix(Compression c) => c switch { Compression.Gzip => ".gz", Compression.Zstd => ".zst", _ => "" };

    [Theory]
    [MemberData(nameof(LineFormats))]
    public void Line_formats_round_trip_through_every_compression(string extension, Compression compression)
    {
        using var dir = new TempDir();
        string[] texts = ["plain", "", "ünïcödé 😀 中文", "tab\there", "quote \" and \\ backslash"];
        string content = extension == ".txt"
            ? string.Join('\n', texts) + "\n"
            : string.Concat(texts.Select((t, i) => $"{{\"id\": {i}, \"text\": \"{Escape(t)}\", \"tags\": [\"a\", {{\"b\": null}}]}}\n"));
        var path = dir.Write("in" + extension + Suffix(compression), content);
        var output = dir.File("out" + extension + Suffix(compression));

        IoTest.Rewrite(path, output, compression);

        var again = IoTest.ReadAll(output);
        Assert.Equal(texts, again.Select(r => r.Text));
        Assert.Equal(content, Encoding.UTF8.GetString(IoTest.Decompress(File.ReadAllBytes(output), compression)));
    }

    [Fact]
    public void Json_lines_keep_every_other_byte_of_the_line()
    {
        using var dir = new TempDir();
        string line = "{ \"before\" : \"\\u00e9\\n😀\",\"text\":\"old \\\"value\\\"\" , \"after\": [1.50e3, {\"text\": \"nested\"}], \"z\": \"中\" }";
        var path = dir.Write("a.jsonl", line + "\r\n");
        var output = dir.File("b.jsonl");

        IoTest.Rewrite(path, output, Compression.None, transform: t => t.ToUpperInvariant() + " é\u0001\ud83d\ude00");

        Assert.Equal(
            "{ \"before\" : \"\\u00e9\\n😀\",\"text\":\"OLD \\\"VALUE\\\" é\\u0001😀\" , \"after\": [1.50e3, {\"text\": \"nested\"}], \"z\": \"中\" }\n",
            File.ReadAllText(output));
    }

    [Fact]
    public void Json_lines_rejected_appends_the_verdict_to_the_original_object()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.jsonl", "{\"text\": \"t\\u00e9\", \"id\": 1}\n{\"text\": \"u\"}\n");
        var output = dir.File("r.jsonl");

        using (var reader = RecordReader.Open(IoTest.Whole(path), new InputOptions()))
        using (var writer = reader.CreateWriter(File.Create(output), OutputKind.Rejected, Compression.None))
        {
            Assert.Equal(".jsonl", reader.OutputExtension(OutputKind.Rejected));
            reader.TryRead(out var first);
            writer.WriteRejected(first, new FilterVerdict("quality.mean_word_length", 14.2, 10));
            reader.TryRead(out var second);
            writer.WriteRejected(second, new FilterVerdict("language.keep", double.NaN, double.PositiveInfinity, "de"));
            writer.Complete();
        }

        Assert.Equal(
            "{\"text\": \"t\\u00e9\", \"id\": 1, \"rejected_by\": \"quality.mean_word_length\", \"rejected_value\": 14.2, \"rejected_limit\": 10}\n" +
            "{\"text\": \"u\", \"rejected_by\": \"language.keep\", \"rejected_value\": null, \"rejected_limit\": null, \"rejected_detail\": \"de\"}\n",
            File.ReadAllText(output));
    }

    [Fact]
    public void Text_kept_is_one_line_per_document_and_rejected_is_json_lines()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "orig \"1\"\n");
        var kept = dir.File("k.txt");
        var rejected = dir.File("r.jsonl");

        using (var reader = RecordReader.Open(IoTest.Whole(path), new InputOptions()))
        {
            Assert.Equal(".txt", reader.OutputExtension(OutputKind.Kept));
            Assert.Equal(".jsonl", reader.OutputExtension(OutputKind.Rejected));
            reader.TryRead(out var record);
            using var k = reader.CreateWriter(File.Create(kept), OutputKind.Kept, Compression.None);
            k.WriteKept(record, "a\r\nb\nc\rd\u2028e");
            k.Complete();
            using var r = reader.CreateWriter(File.Create(rejected), OutputKind.Rejected, Compression.None);
            r.WriteRejected(record, new FilterVerdict("length.min_words", 2, 3.000000000000001));
            r.Complete();
        }

        Assert.Equal("a b c d e\n", File.ReadAllText(kept));
        Assert.Equal("{\"text\": \"orig \\\"1\\\"\", \"rejected_by\": \"length.min_words\", \"rejected_value\": 2, \"rejected_limit\": 3.000000000000001}\n", File.ReadAllText(rejected));
    }

    [Fact]
    public void Error_writer_writes_one_json_line_per_error_with_the_excerpt_cut()
    {
        using var memory = new MemoryStream();
        var writer = new ErrorWriter(new NonClosing(memory));
        writer.Write("in/a.jsonl", 12, "invalid JSON: x", new string('é', 150) + "😀" + new string('z', 100));
        writer.Write("b.txt", 3, "line is longer than 5 bytes", null);
        writer.Complete();

        var lines = Encoding.UTF8.GetString(memory.ToArray()).Split('\n');
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("in/a.jsonl", first.RootElement.GetProperty("file").GetString());
        Assert.Equal(12, first.RootElement.GetProperty("line").GetInt64());
        Assert.Equal("invalid JSON: x", first.RootElement.GetProperty("error").GetString());
        Assert.Equal(new string('é', 150) + "😀" + new string('z', 48), first.RootElement.GetProperty("excerpt").GetString());
        Assert.Equal("{\"file\": \"b.txt\", \"line\": 3, \"error\": \"line is longer than 5 bytes\", \"excerpt\": null}", lines[1]);
    }

    [Theory]
    [InlineData(Compression.None)]
    [InlineData(Compression.Gzip)]
    [InlineData(Compression.Zstd)]
    public void The_same_input_gives_byte_identical_output(Compression compression)
    {
        using var dir = new TempDir();
        var path = dir.Write("a.jsonl", string.Concat(Enumerable.Range(0, 20000).Select(i => $"{{\"text\": \"doc {i} é\", \"n\": {i}}}\n")));
        var one = dir.File("one.jsonl" + Suffix(compression));
        var two = dir.File("two.jsonl" + Suffix(compression));

        IoTest.Rewrite(path, one, compression, transform: t => t + "!");
        IoTest.Rewrite(path, two, compression, transform: t => t + "!");

        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(two));
        Assert.Equal(20000, IoTest.ReadAll(one).Count(r => r.Text!.EndsWith('!')));
    }

    [Fact]
    public void SpamAssassin_corpus_reads_6046_documents_and_rewrites_identically()
    {
        using var dir = new TempDir();
        var corpus = IoTest.RepoFile("corpora/spamassassin/spamassassin.jsonl.gz");
        var output = dir.File("out.jsonl");

        var records = IoTest.ReadAll(corpus);
        IoTest.Rewrite(corpus, output, Compression.None);

        Assert.Equal(6046, records.Count);
        Assert.All(records, r => Assert.Null(r.Error));
        Assert.Equal(IoTest.Decompress(File.ReadAllBytes(corpus), Compression.Gzip), File.ReadAllBytes(output));
    }

    /// <summary>Lets a test read a memory stream after the writer closed it.</summary>
    private sealed class NonClosing(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}
