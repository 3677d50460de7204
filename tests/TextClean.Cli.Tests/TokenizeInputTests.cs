using System.IO.Compression;
using System.Text;

namespace TextClean.Cli.Tests;

/// <summary>What <c>textclean tokenize</c> reads: JSON Lines with --field, gzip, invalid UTF-8, several files, missing files.</summary>
public class TokenizeInputTests
{
    [Fact]
    public void Field_reads_the_named_string_and_ignores_other_fields()
    {
        using var dir = new TempDir();
        var input = dir.Write(
            "in.jsonl",
            "{\"id\":1,\"text\":\"hello world\",\"body\":\"ignored words\",\"meta\":{\"text\":\"nested\"},\"tokens\":\"x\"}\n"
            + "{\"text\":\"caf\\u00e9\\nnaïve 👍\",\"label\":\"spam\"}\n");

        var result = Cli.TokenizeFiles(dir, input, "--field", "text");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = Cli.Lines(result.Output);
        Assert.Equal(2, lines.Length);
        Assert.Equal([new JsonToken("hello", "word", 0, 5, null), new JsonToken("world", "word", 6, 5, null)], Cli.ParseTokens(lines[0]));
        var second = Cli.ParseTokens(lines[1]);
        Assert.Equal(
            [new JsonToken("café", "word", 0, 4, null), new JsonToken("naïve", "word", 5, 5, null), new JsonToken("👍", "emoji", 11, 2, null)],
            second);
        Cli.AssertConsistent("café\nnaïve 👍", second);
    }

    [Fact]
    public void Field_can_name_any_field()
    {
        using var dir = new TempDir();
        var input = dir.Write("in.jsonl", "{\"text\":\"not this\",\"body\":\"this one\"}\n");

        var result = Cli.TokenizeFiles(dir, input, "--field", "body");

        Assert.Equal(["this", "one"], Cli.ParseTokens(Assert.Single(Cli.Lines(result.Output))).Select(t => t.Text));
    }

    [Fact]
    public void Lines_that_are_not_documents_become_error_lines_naming_file_and_line()
    {
        using var dir = new TempDir();
        var input = dir.Write(
            "in.jsonl",
            string.Join(
                '\n',
                "{\"text\":\"ok\"}",
                "{\"id\":2}",
                "{\"text\":42}",
                "{\"text\":null}",
                "{\"text\":[\"a\"]}",
                "not json",
                "[\"text\"]",
                "",
                "{\"text\":\"\\ud800\"}",
                "{\"text\":\"also ok\"}") + "\n");

        var result = Cli.TokenizeFiles(dir, input, "--field", "text");

        Assert.Equal(0, result.ExitCode);
        var lines = Cli.Lines(result.Output);
        Assert.Equal(10, lines.Length);
        Assert.Equal(["ok"], Cli.ParseTokens(lines[0]).Select(t => t.Text));
        Assert.Equal($"{input}:2: missing field 'text'", Cli.ParseError(lines[1]));
        Assert.Equal($"{input}:3: field 'text' is Number, not a string", Cli.ParseError(lines[2]));
        Assert.Equal($"{input}:4: field 'text' is Null, not a string", Cli.ParseError(lines[3]));
        Assert.Equal($"{input}:5: field 'text' is Array, not a string", Cli.ParseError(lines[4]));
        Assert.StartsWith($"{input}:6: invalid JSON: ", Cli.ParseError(lines[5]), StringComparison.Ordinal);
        Assert.Equal($"{input}:7: not a JSON object", Cli.ParseError(lines[6]));
        Assert.StartsWith($"{input}:8: invalid JSON: ", Cli.ParseError(lines[7]), StringComparison.Ordinal);
        Assert.StartsWith($"{input}:9: field 'text' cannot be read: ", Cli.ParseError(lines[8]), StringComparison.Ordinal);
        Assert.Equal(["also", "ok"], Cli.ParseTokens(lines[9]).Select(t => t.Text));
        Assert.Equal("textclean: warning: 8 line(s) were not documents (see the \"error\" entries in the output)" + Environment.NewLine, result.Error);
    }

    [Fact]
    public void Error_message_is_json_escaped()
    {
        using var dir = new TempDir();
        var input = dir.Write("quote\"back\\slash.jsonl", "{}\n");

        var result = Cli.TokenizeFiles(dir, input, "--field", "text");

        Assert.Equal($"{input}:1: missing field 'text'", Cli.ParseError(Assert.Single(Cli.Lines(result.Output))));
    }

    [Fact]
    public void Several_files_are_read_in_order_with_line_numbers_per_file()
    {
        using var dir = new TempDir();
        var a = dir.Write("a.jsonl", "{\"text\":\"first\"}\n{}\n");
        var b = dir.Write("b.jsonl", "{}\n{\"text\":\"last\"}\n");

        var result = Cli.TokenizeFiles(dir, a, b, "--field", "text");

        var lines = Cli.Lines(result.Output);
        Assert.Equal(4, lines.Length);
        Assert.Equal(["first"], Cli.ParseTokens(lines[0]).Select(t => t.Text));
        Assert.Equal($"{a}:2: missing field 'text'", Cli.ParseError(lines[1]));
        Assert.Equal($"{b}:1: missing field 'text'", Cli.ParseError(lines[2]));
        Assert.Equal(["last"], Cli.ParseTokens(lines[3]).Select(t => t.Text));
    }

    [Fact]
    public void Plain_text_mode_tokenizes_json_lines_as_text()
    {
        var result = Cli.Tokenize("{\"text\":\"hi\"}\n");

        var tokens = Cli.ParseTokens(Assert.Single(Cli.Lines(result.Output)));
        Assert.Contains(tokens, t => t.Text == "text");
        Assert.Equal("{", tokens[0].Text);
    }

    [Fact]
    public void Gzip_input_is_decompressed_by_extension()
    {
        using var dir = new TempDir();
        var plain = dir.Write("in.txt.gz", Gzip("great👍🏽!! see https://x.org.\n\nsecond\n"));
        var jsonl = dir.Write("in.JSONL.GZ", Gzip("{\"text\":\"zipped json\",\"id\":7}\n"));

        var fromPlain = Cli.TokenizeFiles(dir, plain);
        var fromJsonl = Cli.TokenizeFiles(dir, jsonl, "--field", "text");

        Assert.Equal(0, fromPlain.ExitCode);
        Assert.Equal(string.Empty, fromPlain.Error);
        Assert.Equal(Cli.Tokenize("great👍🏽!! see https://x.org.\n\nsecond\n").Output, fromPlain.Output);
        Assert.Equal(3, Cli.Lines(fromPlain.Output).Length);
        Assert.Equal(
            [new JsonToken("zipped", "word", 0, 6, null), new JsonToken("json", "word", 7, 4, null)],
            Cli.ParseTokens(Assert.Single(Cli.Lines(fromJsonl.Output))));
    }

    [Fact]
    public void Gzip_bytes_without_gz_extension_are_read_as_text()
    {
        using var dir = new TempDir();
        var input = dir.Write("in.txt", Gzip("hello\n"));

        var result = Cli.TokenizeFiles(dir, input);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\"hello\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8 sequence(s)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_gzip_exits_1()
    {
        using var dir = new TempDir();
        // A valid gzip header, then a final deflate block of the reserved type 3.
        var input = dir.Write("bad.txt.gz", [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03, 0x07, 0, 0, 0, 0, 0, 0, 0, 0]);

        var result = Cli.TokenizeFiles(dir, input);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("textclean: ", result.Error, StringComparison.Ordinal);
    }

    [Fact(Skip = "CLI bug: .NET's GZipStream does not report a truncated stream, so a cut-off .gz is read as far as it goes and tokenize exits 0 without a warning")]
    public void Truncated_gzip_exits_1()
    {
        using var dir = new TempDir();
        var whole = Gzip(string.Concat(Enumerable.Range(1, 20_000).Select(i => $"line {i}\n")));
        var input = dir.Write("cut.txt.gz", whole[..(whole.Length / 2)]);

        var result = Cli.TokenizeFiles(dir, input);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(input, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_becomes_replacement_characters_and_a_warning_with_the_exact_count()
    {
        using var dir = new TempDir();
        byte[] bytes =
        [
            .. "ab"u8, 0xFF, 0xFE, .. "cd "u8, 0xE2, 0x82, .. " x\n"u8, // 3: two stray bytes and a truncated sequence
            .. "clean line\n"u8,
            0xED, 0xA0, 0x80, .. " "u8, 0xC0, 0xAF, .. "\n"u8, // 5: an encoded surrogate (3) and an overlong slash (2)
        ];
        var input = dir.Write("bad.txt", bytes);

        var result = Cli.TokenizeFiles(dir, input);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "textclean: warning: 8 invalid UTF-8 sequence(s) in 2 document(s) were replaced by U+FFFD" + Environment.NewLine,
            result.Error);
        var lines = Cli.Lines(result.Output);
        Assert.Equal(3, lines.Length);
        var first = Cli.ParseTokens(lines[0]);
        Assert.Equal(
            [
                new JsonToken("ab", "word", 0, 2, null),
                new JsonToken("\uFFFD", "symbol", 2, 1, null),
                new JsonToken("\uFFFD", "symbol", 3, 1, null),
                new JsonToken("cd", "word", 4, 2, null),
                new JsonToken("\uFFFD", "symbol", 7, 1, null),
                new JsonToken("x", "word", 9, 1, null),
            ],
            first);
        Cli.AssertConsistent("ab\uFFFD\uFFFDcd \uFFFD x", first);
        Assert.Equal(["clean", "line"], Cli.ParseTokens(lines[1]).Select(t => t.Text));
        Assert.Equal(5, Cli.ParseTokens(lines[2]).Sum(t => t.Text.Count(c => c == '\uFFFD')));
        Assert.Contains("\"text\":\"\uFFFD\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_inside_json_lines_is_replaced_and_counted()
    {
        using var dir = new TempDir();
        var input = dir.Write("bad.jsonl", [.. "{\"text\":\"a"u8, 0xFF, .. "b\"}\n"u8, .. "{\"text\":\"ok\"}\n"u8]);

        var result = Cli.TokenizeFiles(dir, input, "--field", "text");

        Assert.Equal(
            "textclean: warning: 1 invalid UTF-8 sequence(s) in 1 document(s) were replaced by U+FFFD" + Environment.NewLine,
            result.Error);
        Assert.Equal(
            [new JsonToken("a", "word", 0, 1, null), new JsonToken("\uFFFD", "symbol", 1, 1, null), new JsonToken("b", "word", 2, 1, null)],
            Cli.ParseTokens(Cli.Lines(result.Output)[0]));
    }

    [Fact]
    public void Valid_input_writes_nothing_to_stderr()
    {
        var result = Cli.Tokenize("naïve café 日本 👍🏽\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Missing_input_file_exits_1_and_names_the_file()
    {
        using var dir = new TempDir();
        var missing = dir.File("does-not-exist.txt");

        var result = Cli.TokenizeFiles(dir, missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"textclean: input file not found: {missing}" + Environment.NewLine, result.Error);
    }

    [Fact]
    public void Output_into_a_missing_directory_exits_1()
    {
        using var dir = new TempDir();
        var input = dir.Write("in.txt", "x\n");

        var result = Cli.InProcess("tokenize", input, "-o", Path.Combine(dir.Path, "no", "such", "dir", "out.jsonl"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("textclean: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_onto_the_input_file_never_loses_the_input()
    {
        using var dir = new TempDir();
        var input = dir.Write("in.txt", "hello world\n");

        var result = Cli.InProcess("tokenize", input, "-o", input);

        var after = File.ReadAllText(input);
        if (result.ExitCode == 0)
        {
            Assert.Equal(["hello", "world"], Cli.ParseTokens(Assert.Single(Cli.Lines(after))).Select(t => t.Text));
        }
        else
        {
            Assert.Equal("hello world\n", after);
        }
    }

    [Fact]
    public void Missing_input_leaves_an_existing_output_file_alone()
    {
        using var dir = new TempDir();
        var output = dir.Write("existing.jsonl", "previous results\n");

        var result = Cli.InProcess("tokenize", dir.File("missing.txt"), "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("previous results\n", File.ReadAllText(output));
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
