using TextClean.Corpus.IO;

namespace TextClean.Corpus.Tests.IO;

public sealed class InputFilesTests
{
    [Theory]
    [InlineData("a.txt", InputFormat.Text, Compression.None)]
    [InlineData("a.text", InputFormat.Text, Compression.None)]
    [InlineData("a.jsonl", InputFormat.JsonLines, Compression.None)]
    [InlineData("a.ndjson", InputFormat.JsonLines, Compression.None)]
    [InlineData("a.json", InputFormat.JsonLines, Compression.None)]
    [InlineData("a.csv", InputFormat.Csv, Compression.None)]
    [InlineData("a.parquet", InputFormat.Parquet, Compression.None)]
    [InlineData("dir.v2/a.JSONL.GZ", InputFormat.JsonLines, Compression.Gzip)]
    [InlineData("a.txt.gz", InputFormat.Text, Compression.Gzip)]
    [InlineData("a.csv.zst", InputFormat.Csv, Compression.Zstd)]
    [InlineData("a.ndjson.zstd", InputFormat.JsonLines, Compression.Zstd)]
    public void Detect_knows_every_extension(string path, InputFormat format, Compression compression)
    {
        Assert.Equal((format, compression), InputFiles.Detect(path, null));
    }

    [Fact]
    public void Detect_names_the_file_and_the_known_extensions_of_an_unknown_one()
    {
        var e = Assert.Throws<InputException>(() => InputFiles.Detect("data/dump.xml.gz", null));
        Assert.Contains("data/dump.xml.gz", e.Message, StringComparison.Ordinal);
        Assert.Contains(".jsonl", e.Message, StringComparison.Ordinal);
        Assert.Contains(".parquet", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_format_reads_any_extension_with_compression_by_suffix()
    {
        Assert.Equal((InputFormat.JsonLines, Compression.Zstd), InputFiles.Detect("dump.xml.zst", InputFormat.JsonLines));
        Assert.Equal((InputFormat.Text, Compression.None), InputFiles.Detect("README", InputFormat.Text));
    }

    [Fact]
    public void Expand_takes_files_directories_and_globs_sorted_and_once()
    {
        using var dir = new TempDir();
        var b = dir.Write("b.txt", "b");
        var a = dir.Write("sub/a.jsonl", "{}");
        var deep = dir.Write("sub/deeper/c.jsonl", "{}");
        dir.Write("sub/.tmp-output.jsonl", "{}");
        dir.Write("sub/x1.csv", "x");

        var files = InputFiles.Expand([b, Path.Combine(dir.Path, "sub"), Path.Combine(dir.Path, "**", "*.jsonl"), b]);

        Assert.Equal([Path.Combine(dir.Path, "b.txt"), a, deep, Path.Combine(dir.Path, "sub", "x1.csv")], files);
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Expand_globs_one_level_with_star_and_question_mark()
    {
        using var dir = new TempDir();
        var one = dir.Write("d/x1.csv", "x");
        dir.Write("d/x22.csv", "x");
        dir.Write("d/e/x3.csv", "x");

        Assert.Equal([one], InputFiles.Expand([Path.Combine(dir.Path, "d", "x?.csv")]));
        Assert.Equal(2, InputFiles.Expand([Path.Combine(dir.Path, "d", "*.csv")]).Count);
        Assert.Equal(3, InputFiles.Expand([Path.Combine(dir.Path, "d", "**", "*.csv")]).Count);
    }

    [Fact]
    public void Expand_accepts_relative_globs()
    {
        using var dir = new TempDir();
        var file = dir.Write("r/k.txt", "k");
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(dir.Path, "r")) + "/*.txt";

        Assert.Equal([file], InputFiles.Expand([relative]));
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_named()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", "a");
        string missing = Path.Combine(dir.Path, "*.parquet");

        var e = Assert.Throws<InputException>(() => InputFiles.Expand([Path.Combine(dir.Path, "a.txt"), missing]));
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
        Assert.Throws<InputException>(() => InputFiles.Expand([Path.Combine(dir.Path, "nope.txt")]));
    }

    [Fact]
    public void Units_are_named_below_the_common_folder()
    {
        using var dir = new TempDir();
        var a = dir.Write("x/a.txt", "a\n");
        var b = dir.Write("y/z/b.jsonl.gz", "{}\n"u8.ToArray());

        var units = WorkPlanner.Plan([a, b], new InputOptions());

        Assert.Equal(["x__a.txt", "y__z__b.jsonl.gz"], units.Select(u => u.Name));
        Assert.Equal(new FileInfo(b).Length, units[1].DiskBytes);
        Assert.Equal((InputFormat.JsonLines, Compression.Gzip), (units[1].Format, units[1].Compression));
    }

    [Fact]
    public void Two_files_that_would_share_a_unit_name_are_refused()
    {
        using var dir = new TempDir();
        var nested = dir.Write("x/a.txt", "a\n");
        var flat = dir.Write("x__a.txt", "b\n");

        var e = Assert.Throws<InputException>(() => WorkPlanner.Plan([nested, flat], new InputOptions()));
        Assert.Contains("x__a.txt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_uncompressed_lines_files_are_split_and_compressed_ones_are_not()
    {
        using var dir = new TempDir();
        string content = string.Concat(Enumerable.Range(0, 100).Select(i => $"line {i}\n"));
        var plain = dir.Write("a.txt", content);
        var zipped = dir.Write("b.txt.gz", content);
        var options = new InputOptions { PartBytes = 100 };

        var units = WorkPlanner.Plan([plain, zipped], options);

        var parts = units.Where(u => u.Path == plain).ToList();
        Assert.Equal((int)Math.Ceiling(new FileInfo(plain).Length / 100.0), parts.Count);
        Assert.All(parts, p => Assert.Equal(parts.Count, p.PartCount));
        Assert.Equal("a.txt.part0000", parts[0].Name);
        Assert.Equal("a.txt.part0001", parts[1].Name);
        Assert.Equal(new FileInfo(plain).Length, parts.Sum(p => p.DiskBytes));
        Assert.Equal(parts.Skip(1).Select(p => p.Start), parts.SkipLast(1).Select(p => p.End));
        Assert.Single(units, u => u.Path == zipped);
    }

    [Theory]
    [InlineData("*.txt", "a.txt", true)]
    [InlineData("*.txt", "a.txt.gz", false)]
    [InlineData("a?c*", "abc", true)]
    [InlineData("a?c*", "ac", false)]
    [InlineData("*b*b", "abxbb", true)]
    [InlineData("*", "", true)]
    [InlineData("A.txt", "a.txt", false)]
    public void Segments_match_star_and_question_mark(string pattern, string name, bool expected)
    {
        Assert.Equal(expected, InputFiles.Matches(pattern, name));
    }
}
