using System.Text;
using TextClean.Corpus.IO;

namespace TextClean.Corpus.Tests.IO;

public sealed class LineReaderTests
{
    [Fact]
    public void Text_lines_are_documents_with_empty_lines_crlf_and_bom_handled()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "\uFEFFfirst\r\n\nthird\nlast");

        var records = IoTest.ReadAll(path);

        Assert.Equal(["first", "", "third", "last"], records.Select(r => r.Text));
        Assert.Equal([1L, 2, 3, 4], records.Select(r => r.Line));
        Assert.All(records, r => Assert.Null(r.Error));
        Assert.Equal([10, 1, 6, 4], records.Select(r => r.ByteLength));
    }

    [Fact]
    public void Invalid_utf8_becomes_replacement_characters_and_is_counted()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", [(byte)'a', 0xFF, (byte)'b', 0xC3, (byte)'\n', (byte)'o', (byte)'k', (byte)'\n']);
        var json = dir.Write("a.jsonl", [.. "{\"text\": \"x"u8, 0xFF, .. "y\", \"n\": 1}\n"u8]);

        var records = IoTest.ReadAll(path);
        var jsonRecord = Assert.Single(IoTest.ReadAll(json));

        Assert.Equal("a\uFFFDb\uFFFD", records[0].Text);
        Assert.Equal(2, records[0].InvalidUtf8);
        Assert.Equal(0, records[1].InvalidUtf8);
        Assert.Null(jsonRecord.Error);
        Assert.Equal("x\uFFFDy", jsonRecord.Text);
        Assert.Equal(1, jsonRecord.InvalidUtf8);
    }

    [Fact]
    public void Every_malformed_json_line_is_an_error_record_with_its_line_and_reading_goes_on()
    {
        using var dir = new TempDir();
        string[] lines =
        [
            "{\"text\": \"ok 1\"}",
            "{\"text\": \"unterminated",
            "[1, 2]",
            "{\"id\": 3}",
            "{\"text\": 42}",
            "",
            "   \t",
            "{\"text\": \"a\"} {\"text\": \"b\"}",
            "{\"text\": \"\\ud800\"}",
            "{\"text\": \"" + new string('x', 100) + "\"}",
            "{\"nested\": {\"text\": \"inner\"}, \"text\": \"outer\"}",
            "{\"text\": \"last\"}",
        ];
        var path = dir.Write("a.jsonl", string.Join('\n', lines) + "\n");

        var records = IoTest.ReadAll(path, new InputOptions { MaxRecordBytes = 80 });

        Assert.Equal(lines.Length, records.Count);
        Assert.Equal(Enumerable.Range(1, lines.Length).Select(i => (long)i), records.Select(r => r.Line));
        Assert.Equal("ok 1", records[0].Text);
        Assert.StartsWith("invalid JSON", records[1].Error, StringComparison.Ordinal);
        Assert.Equal("not a JSON object", records[2].Error);
        Assert.Equal("missing field 'text'", records[3].Error);
        Assert.Equal("field 'text' is a number, not a string", records[4].Error);
        Assert.Equal("empty line", records[5].Error);
        Assert.Equal("empty line", records[6].Error);
        Assert.StartsWith("invalid JSON", records[7].Error, StringComparison.Ordinal);
        Assert.StartsWith("field 'text' cannot be read", records[8].Error, StringComparison.Ordinal);
        Assert.Equal("line is longer than 80 bytes", records[9].Error);
        Assert.Equal("outer", records[10].Text);
        Assert.Equal("last", records[11].Text);
        Assert.All(records.Where(r => r.Error is not null), r => Assert.Null(r.Text));
        Assert.Equal("[1, 2]", records[2].Excerpt);
        Assert.Null(records[0].Excerpt);
    }

    [Fact]
    public void An_over_long_line_is_skipped_without_losing_the_next_ones()
    {
        using var dir = new TempDir();
        string huge = new('y', 1 << 20);
        var path = dir.Write("a.txt", $"short\n{huge}\nafter\n{huge}");

        var records = IoTest.ReadAll(path, new InputOptions { MaxRecordBytes = 1000 });

        Assert.Equal(["short", null, "after", null], records.Select(r => r.Text));
        Assert.Equal([null, "line is longer than 1000 bytes", null, "line is longer than 1000 bytes"], records.Select(r => r.Error));
        Assert.Equal([1L, 2, 3, 4], records.Select(r => r.Line));
        Assert.Equal((1 << 20) + 1, records[1].ByteLength);
    }

    [Fact]
    public void A_line_of_exactly_the_limit_is_read()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "12345\r\n123456\n");

        var records = IoTest.ReadAll(path, new InputOptions { MaxRecordBytes = 5 });

        Assert.Equal("12345", records[0].Text);
        Assert.NotNull(records[1].Error);
    }

    public static TheoryData<string, bool> SplitCases() => new()
    {
        { "txt", true },
        { "txt", false },
        { "jsonl", true },
        { "jsonl", false },
    };

    [Theory]
    [MemberData(nameof(SplitCases))]
    public void Parts_hold_exactly_the_records_of_the_whole_file_with_absolute_lines(string extension, bool finalNewline)
    {
        using var dir = new TempDir();
        var random = new Random(7);
        var text = new StringBuilder();
        for (int i = 0; i < 300; i++)
        {
            // Varied lengths, empty lines, one line longer than several parts, multi-byte characters.
            int length = i == 150 ? 700 : i % 17 == 0 ? 0 : random.Next(1, 60);
            string body = new string((char)('a' + (i % 26)), length) + (i % 5 == 0 ? "é€" : "");
            text.Append(extension == "txt" ? body : $"{{\"id\": {i}, \"text\": \"{body}\"}}");
            if (i < 299 || finalNewline)
            {
                text.Append('\n');
            }
        }

        var path = dir.Write("a." + extension, text.ToString());
        var whole = IoTest.ReadAll(path, new InputOptions());

        foreach (long partBytes in new long[] { 1, 2, 37, 100, 256, 1000 })
        {
            var options = new InputOptions { PartBytes = partBytes };
            var units = WorkPlanner.Plan([path], options);
            Assert.True(units.Count > 1);
            var parts = units.SelectMany(u => IoTest.Read(u, options)).ToList();

            Assert.Equal(whole.Select(r => (r.Line, r.Text, r.Error, r.ByteLength)), parts.Select(r => (r.Line, r.Text, r.Error, r.ByteLength)));
        }

        Assert.Equal(300, whole.Count);
        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), whole.Select(r => r.Line));
    }

    [Fact]
    public void Parts_read_in_any_order_get_the_same_line_numbers()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", string.Concat(Enumerable.Range(1, 500).Select(i => new string('x', i % 13) + "\n")));
        var options = new InputOptions { PartBytes = 64 };
        var units = WorkPlanner.Plan([path], options);
        var order = Enumerable.Range(0, units.Count).OrderBy(i => (i * 7919) % units.Count).ToList();

        // Out of order: a part cannot rely on the line count its predecessor left behind.
        var shuffled = order.SelectMany(i => IoTest.Read(units[i], options).Select(r => (Part: i, r.Line, r.Text))).OrderBy(x => x.Part).ToList();

        Assert.Equal(Enumerable.Range(1, 500).Select(i => (long)i), shuffled.Select(x => x.Line));
        Assert.Equal(Enumerable.Range(1, 500).Select(i => new string('x', i % 13)), shuffled.Select(x => x.Text));
    }

    [Fact]
    public void A_changed_file_is_counted_afresh()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "a\nb\nc\nd\n");
        var options = new InputOptions { PartBytes = 4 };
        Assert.Equal([1L, 2, 3, 4], WorkPlanner.Plan([path], options).SelectMany(u => IoTest.Read(u, options)).Select(r => r.Line));

        dir.Write("a.txt", "\n\n\n\na\nb\nc\nd\n");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(5));

        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), WorkPlanner.Plan([path], options).SelectMany(u => IoTest.Read(u, options)).Select(r => r.Line));
    }

    [Fact]
    public void A_part_whose_start_is_a_line_start_owns_that_line()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "aaaa\nbbbb\ncccc\n");

        // Parts of 5 bytes start exactly at each line.
        var units = WorkPlanner.Plan([path], new InputOptions { PartBytes = 5 });
        var perPart = units.Select(u => IoTest.Read(u, new InputOptions()).Select(r => (r.Line, r.Text)).ToList()).ToList();

        Assert.Equal([[(1L, "aaaa")], [(2L, "bbbb")], [(3L, "cccc")]], perPart);
    }

    [Fact]
    public void BytesRead_counts_the_uncompressed_bytes_of_the_unit()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt.gz", "one\ntwo\nthree\n");

        using var reader = RecordReader.Open(IoTest.Whole(path), new InputOptions());
        while (reader.TryRead(out _))
        {
        }

        Assert.Equal(14, reader.BytesRead);
    }

    [Theory]
    [InlineData("a.jsonl.gz")]
    [InlineData("a.jsonl.zst")]
    public void A_corrupt_compressed_stream_names_the_file(string name)
    {
        using var dir = new TempDir();
        var good = dir.Write(name, string.Concat(Enumerable.Range(0, 5000).Select(i => $"{{\"text\": \"document {i} {i * 7919}\"}}\n")));
        var bytes = File.ReadAllBytes(good);
        for (int i = bytes.Length / 3; i < bytes.Length / 2; i++)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(good, bytes);

        var e = Assert.Throws<InputException>(() => IoTest.ReadAll(good));
        Assert.Contains(good, e.Message, StringComparison.Ordinal);
    }
}
