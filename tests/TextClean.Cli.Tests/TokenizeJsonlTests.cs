using System.Text;

namespace TextClean.Cli.Tests;

/// <summary><c>textclean tokenize</c> with the default JSONL output, run in-process with <c>-o</c>.</summary>
public class TokenizeJsonlTests
{
    private const string Sentence = "great👍🏽!! see https://x.org.";

    [Fact]
    public void Real_sentence_gives_exact_tokens_kinds_offsets_and_flags()
    {
        var result = Cli.Tokenize(Sentence + "\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var line = Assert.Single(Cli.Lines(result.Output));
        var tokens = Cli.ParseTokens(line);
        JsonToken[] expected =
        [
            new("great", "word", 0, 5, null),
            new("👍🏽", "emoji", 5, 4, null),
            new("!!", "punctuation", 9, 2, "Repeated"),
            new("see", "word", 12, 3, null),
            new("https://x.org", "url", 16, 13, null),
            new(".", "punctuation", 29, 1, null),
        ];
        Assert.Equal(expected, tokens);
        Cli.AssertConsistent(Sentence, tokens);
    }

    [Fact]
    public void Output_is_exact_json_with_raw_emoji_and_flags_only_when_set()
    {
        var result = Cli.Tokenize(Sentence + "\n");

        Assert.Equal(
            "{\"tokens\":[{\"text\":\"great\",\"kind\":\"word\",\"start\":0,\"length\":5},"
            + "{\"text\":\"👍🏽\",\"kind\":\"emoji\",\"start\":5,\"length\":4},"
            + "{\"text\":\"!!\",\"kind\":\"punctuation\",\"start\":9,\"length\":2,\"flags\":\"Repeated\"},"
            + "{\"text\":\"see\",\"kind\":\"word\",\"start\":12,\"length\":3},"
            + "{\"text\":\"https://x.org\",\"kind\":\"url\",\"start\":16,\"length\":13},"
            + "{\"text\":\".\",\"kind\":\"punctuation\",\"start\":29,\"length\":1}]}\n",
            result.Output);
        Assert.DoesNotContain("\\u", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_latin_text_and_emoji_sequences_are_written_raw_with_utf16_offsets()
    {
        const string doc = "ÄÖÜ café naïve x̃ 🇩🇪 👨‍👩‍👧 日本";
        var result = Cli.Tokenize(doc + "\n");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\\u", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"👨‍👩‍👧\"", result.Output, StringComparison.Ordinal);
        var tokens = Cli.ParseTokens(Assert.Single(Cli.Lines(result.Output)));
        Cli.AssertConsistent(doc, tokens);
        Assert.Contains(new JsonToken("🇩🇪", "emoji", 18, 4, null), tokens);
        Assert.Contains(new JsonToken("👨‍👩‍👧", "emoji", 23, 8, null), tokens);
        Assert.Contains(new JsonToken("x̃", "word", 15, 2, null), tokens);
    }

    [Fact]
    public void One_output_line_per_input_line_including_empty_and_blank_lines()
    {
        var result = Cli.Tokenize("a b\n\n   \nc\n\n");

        Assert.Equal(0, result.ExitCode);
        var lines = Cli.Lines(result.Output);
        Assert.Equal(5, lines.Length);
        Assert.Equal("{\"tokens\":[]}", lines[1]);
        Assert.Equal("{\"tokens\":[]}", lines[2]);
        Assert.Equal("{\"tokens\":[]}", lines[4]);
        Assert.Equal(["a", "b"], Cli.ParseTokens(lines[0]).Select(t => t.Text));
        Assert.Equal([new JsonToken("c", "word", 0, 1, null)], Cli.ParseTokens(lines[3]));
    }

    [Fact]
    public void Last_line_without_newline_is_a_document_and_crlf_is_a_line_end()
    {
        var result = Cli.Tokenize("one\r\ntwo\r\nthree");

        var lines = Cli.Lines(result.Output);
        Assert.Equal(3, lines.Length);
        Assert.Equal([new JsonToken("one", "word", 0, 3, null)], Cli.ParseTokens(lines[0]));
        Assert.Equal([new JsonToken("two", "word", 0, 3, null)], Cli.ParseTokens(lines[1]));
        Assert.Equal([new JsonToken("three", "word", 0, 5, null)], Cli.ParseTokens(lines[2]));
    }

    [Fact]
    public void Empty_file_gives_empty_output()
    {
        var result = Cli.Tokenize(string.Empty);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Bom_is_dropped_only_at_the_start_of_the_file()
    {
        var result = Cli.Tokenize("\uFEFFok\n\uFEFFok\n");

        var lines = Cli.Lines(result.Output);
        Assert.Equal([new JsonToken("ok", "word", 0, 2, null)], Cli.ParseTokens(lines[0]));
        Assert.Equal([new JsonToken("ok", "word", 1, 2, null)], Cli.ParseTokens(lines[1]));
    }

    [Fact]
    public void Several_flags_are_comma_separated_without_spaces()
    {
        var tokens = Cli.ParseTokens(Assert.Single(Cli.Lines(Cli.Tokenize("o'neil-smith e.g. 1,000.5\n").Output)));

        Assert.Equal(
            [
                new JsonToken("o'neil-smith", "word", 0, 12, "Hyphenated,Apostrophe"),
                new JsonToken("e.g.", "word", 13, 4, "Abbreviation"),
                new JsonToken("1,000.5", "number", 18, 7, null),
            ],
            tokens);
    }

    [Fact]
    public void Every_kind_has_its_lowercase_name()
    {
        const string doc = "word 42 , © 😀 :-) https://x.org x@y.com @bob #tag";
        var tokens = Cli.ParseTokens(Assert.Single(Cli.Lines(Cli.Tokenize(doc + "\n").Output)));

        Cli.AssertConsistent(doc, tokens);
        Assert.Equal(
            ["word", "number", "punctuation", "symbol", "emoji", "emoticon", "url", "email", "mention", "hashtag"],
            tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Split_hyphens_and_split_contractions_change_the_output()
    {
        const string doc = "state-of-the-art don't";

        var plain = Cli.ParseTokens(Cli.Lines(Cli.Tokenize(doc + "\n").Output)[0]);
        var hyphens = Cli.ParseTokens(Cli.Lines(Cli.Tokenize(doc + "\n", "--split-hyphens").Output)[0]);
        var contractions = Cli.ParseTokens(Cli.Lines(Cli.Tokenize(doc + "\n", "--split-contractions").Output)[0]);
        var both = Cli.ParseTokens(Cli.Lines(Cli.Tokenize(doc + "\n", "--split-hyphens", "--split-contractions").Output)[0]);

        Assert.Equal([new JsonToken("state-of-the-art", "word", 0, 16, "Hyphenated"), new JsonToken("don't", "word", 17, 5, "Apostrophe")], plain);
        Assert.Equal(["state", "-", "of", "-", "the", "-", "art", "don't"], hyphens.Select(t => t.Text));
        Assert.Equal(new JsonToken("-", "punctuation", 5, 1, null), hyphens[1]);
        Assert.Equal(
            [new JsonToken("state-of-the-art", "word", 0, 16, "Hyphenated"), new JsonToken("do", "word", 17, 2, null), new JsonToken("n't", "word", 19, 3, "Clitic")],
            contractions);
        Assert.Equal(["state", "-", "of", "-", "the", "-", "art", "do", "n't"], both.Select(t => t.Text));
        foreach (var tokens in new[] { plain, hyphens, contractions, both })
        {
            Cli.AssertConsistent(doc, tokens);
        }
    }

    [Fact]
    public void Line_longer_than_the_read_buffer_is_one_document()
    {
        var doc = string.Concat(Enumerable.Repeat("word ", 30_000)).TrimEnd();
        var result = Cli.Tokenize(doc + "\ntail\n");

        var lines = Cli.Lines(result.Output);
        Assert.Equal(2, lines.Length);
        var tokens = Cli.ParseTokens(lines[0]);
        Assert.Equal(30_000, tokens.Count);
        Assert.Equal(new JsonToken("word", "word", 149_995, 4, null), tokens[^1]);
        Assert.Equal([new JsonToken("tail", "word", 0, 4, null)], Cli.ParseTokens(lines[1]));
    }

    [Fact]
    public void Output_file_is_utf8_without_bom()
    {
        using var dir = new TempDir();
        var input = dir.Write("in.txt", "é\n");
        var outPath = dir.File("out.jsonl");

        var result = Cli.InProcess("tokenize", input, "--output", outPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Encoding.UTF8.GetBytes("{\"tokens\":[{\"text\":\"é\",\"kind\":\"word\",\"start\":0,\"length\":1}]}\n"), File.ReadAllBytes(outPath));
    }
}
