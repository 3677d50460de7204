using System.Text;
using TextClean.Corpus.IO;
using TextClean.Filters;

namespace TextClean.Corpus.Tests.IO;

public sealed class CsvTests
{
    private const string Sample =
        "id,text,lang\r\n" +
        "1,plain,en\r\n" +
        "2,\"with, comma and \"\"quotes\"\"\",en\r\n" +
        "3,\"two\nlines\",de\r\n" +
        "4,ünïcödé 😀,fr\r\n" +
        "5,,\r\n";

    [Theory]
    [InlineData(Compression.None, "")]
    [InlineData(Compression.Gzip, ".gz")]
    [InlineData(Compression.Zstd, ".zst")]
    public void Csv_round_trips_through_every_compression(Compression compression, string suffix)
    {
        using var dir = new TempDir();
        var path = dir.Write("a.csv" + suffix, Sample);
        var output = dir.File("b.csv" + suffix);

        IoTest.Rewrite(path, output, compression);

        var records = IoTest.ReadAll(output);
        Assert.Equal(["plain", "with, comma and \"quotes\"", "two\nlines", "ünïcödé 😀", ""], records.Select(r => r.Text));
        Assert.Equal(Sample, Encoding.UTF8.GetString(IoTest.Decompress(File.ReadAllBytes(output), compression)));
    }

    [Fact]
    public void Records_are_numbered_by_the_line_they_start_on()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.csv", Sample.Replace("\r\n", "\n", StringComparison.Ordinal));

        Assert.Equal([2L, 3, 4, 6, 7], IoTest.ReadAll(path).Select(r => r.Line));
    }

    [Fact]
    public void Kept_replaces_the_text_column_and_rejected_adds_the_verdict_columns()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.csv", "text,n\nold,1\nsecond,2\n");
        var kept = dir.File("k.csv");
        var rejected = dir.File("r.csv");

        using (var reader = RecordReader.Open(IoTest.Whole(path), new InputOptions()))
        {
            using var k = reader.CreateWriter(File.Create(kept), OutputKind.Kept, Compression.None);
            using var r = reader.CreateWriter(File.Create(rejected), OutputKind.Rejected, Compression.None);
            reader.TryRead(out var first);
            k.WriteKept(first, "new \"one\"\nline");
            reader.TryRead(out var second);
            r.WriteRejected(second, new FilterVerdict("length.min_words", 1, double.NaN, "x,y"));
            k.Complete();
            r.Complete();
        }

        Assert.Equal("text,n\r\n\"new \"\"one\"\"\nline\",1\r\n", File.ReadAllText(kept));
        Assert.Equal("text,n,rejected_by,rejected_value,rejected_limit,rejected_detail\r\nsecond,2,length.min_words,1,,\"x,y\"\r\n", File.ReadAllText(rejected));
    }

    [Fact]
    public void Malformed_rows_are_error_records_and_reading_goes_on()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.csv", "text,n\nok,1\ntoo,many,cols\nfew\n" + new string('x', 300) + ",2\nlast,5\n\"open quote,6\nnever closed\n");

        var records = IoTest.ReadAll(path, new InputOptions { MaxRecordBytes = 100 });

        Assert.Equal([2L, 3, 4, 5, 6, 7], records.Select(r => r.Line));
        Assert.Equal("ok", records[0].Text);
        Assert.Equal("row has 3 columns, the header has 2", records[1].Error);
        Assert.Equal("too,many,cols", records[1].Excerpt);
        Assert.Equal("row has 1 columns, the header has 2", records[2].Error);
        Assert.Equal("line is longer than 100 bytes", records[3].Error);
        Assert.Equal("last", records[4].Text);
        Assert.Equal("unterminated quoted field", records[5].Error);
    }

    [Fact]
    public void A_header_without_the_text_column_stops_the_job_naming_the_file()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.csv", "body,n\nx,1\n");

        var e = Assert.Throws<InputException>(() => IoTest.ReadAll(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Equal(["x"], IoTest.ReadAll(path, new InputOptions { TextField = "body" }).Select(r => r.Text));
    }

    [Fact]
    public void A_csv_file_is_never_split()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.csv", "text\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"\"row\n{i}\"\n")));

        Assert.Single(WorkPlanner.Plan([path], new InputOptions { PartBytes = 10 }));
        Assert.Equal(100, IoTest.ReadAll(path, new InputOptions { PartBytes = 10 }).Count(r => r.Error is null));
    }
}
