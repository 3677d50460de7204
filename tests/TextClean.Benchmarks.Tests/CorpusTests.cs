using System.IO.Compression;
using System.Text;
using TextClean.Bench;

namespace TextClean.Benchmarks.Tests;

public sealed class CorpusTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("textclean-corpus-tests").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Plain_text_is_one_document_per_non_empty_line_with_utf8_size()
    {
        var path = Path.Combine(_dir, "docs.txt");
        File.WriteAllText(path, "héllo world\n\nsecond line\r\n", new UTF8Encoding(false));

        var corpus = Corpus.Load(path, field: null);

        Assert.Equal(["héllo world", "second line"], corpus.Documents);
        Assert.Equal(2, corpus.DocumentCount);
        Assert.Equal(12 + 11, corpus.Utf8Bytes); // é is two bytes in UTF-8
        Assert.Equal(11 + 11, corpus.Utf16Chars);
        Assert.Equal(0, corpus.SkippedLines);
    }

    [Fact]
    public void Json_lines_gz_read_the_field_and_skip_lines_without_it()
    {
        var path = Path.Combine(_dir, "docs.jsonl.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        using (var writer = new StreamWriter(gz, new UTF8Encoding(false)))
        {
            writer.Write("{\"id\":1,\"text\":\"one\\ntwo\"}\n{\"id\":2}\nnot json\n{\"text\":\"three 👍\"}\n");
        }

        var corpus = Corpus.Load(path, Corpus.DefaultFieldFor(path));

        Assert.Equal(["one\ntwo", "three 👍"], corpus.Documents);
        Assert.Equal(2, corpus.SkippedLines);
        Assert.Equal(7 + 6 + 4, corpus.Utf8Bytes);
    }

    [Fact]
    public void Several_files_make_one_corpus()
    {
        var a = Path.Combine(_dir, "a.txt");
        var b = Path.Combine(_dir, "b.txt");
        File.WriteAllText(a, "a\n");
        File.WriteAllText(b, "b\nc\n");
        Assert.Equal(["a", "b", "c"], Corpus.Load([a, b], null).Documents);
    }

    [Fact]
    public void A_missing_file_names_itself()
    {
        var e = Assert.Throws<FileNotFoundException>(() => Corpus.Load(Path.Combine(_dir, "nope.txt"), null));
        Assert.Contains("nope.txt", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x.jsonl", "text")]
    [InlineData("x.JSONL.GZ", "text")]
    [InlineData("x.ndjson", "text")]
    [InlineData("x.txt", null)]
    [InlineData("x.txt.gz", null)]
    public void Default_field_follows_the_extension(string path, string? field) =>
        Assert.Equal(field, Corpus.DefaultFieldFor(path));
}
