using FsCheck;
using FsCheck.Fluent;
using TextClean.Normalizers.Whitespace;
using TextClean.Tests.Support;
using TextClean.Text;
using Xunit.Abstractions;

namespace TextClean.Tests.Normalizers.Whitespace;

public sealed class WhitespaceCleanerTests
{
    private static readonly WhitespaceOptions Fold = new() { Paragraphs = ParagraphMode.Fold };
    private static readonly WhitespaceOptions JoinLines = new() { Paragraphs = ParagraphMode.JoinLines };

    private readonly ITestOutputHelper _output;

    public WhitespaceCleanerTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// Cleans, checks the edits reproduce the output, idempotence, that only whitespace was touched, and that every
    /// whitespace run between two non-whitespace characters left a separator; returns output and edits.
    /// </summary>
    private static (string Text, List<TextEdit> Edits) CleanChecked(string input, WhitespaceOptions? options = null)
    {
        var edits = new List<TextEdit>();
        string output = WhitespaceCleaner.Clean(input, options, edits);
        Assert.Equal(output, TextEdit.Apply(input, edits));
        Assert.All(edits, edit => Assert.Equal("whitespace", edit.Reason));
        Assert.All(edits, edit => Assert.True(input.AsSpan(edit.Start, edit.Length).IsWhiteSpace() && edit.Replacement.AsSpan().IsWhiteSpace()));
        Assert.Equal(!ReferenceEquals(output, input), edits.Count > 0);
        Assert.Same(output, WhitespaceCleaner.Clean(output, options));
        Assert.Equal(Words(input), Words(output));
        Assert.DoesNotContain("  ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", output, StringComparison.Ordinal);
        Assert.True(output.Length == 0 || (!char.IsWhiteSpace(output[0]) && !char.IsWhiteSpace(output[^1])));
        Assert.All(output, c => Assert.True(!char.IsWhiteSpace(c) || c is ' ' or '\n'));
        return (output, edits);
    }

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string Clean(string input, WhitespaceOptions? options = null) => CleanChecked(input, options).Text;

    [Theory]
    [InlineData("  hello   world  ", "hello world")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\u00A0b\u2003c\u3000d\u202Fe\u205Ff\u1680g\u2009h", "a b c d e f g h")]
    [InlineData("a \t \u00A0 b", "a b")]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("a  \r\n  b", "a\nb")]
    [InlineData("a\n\n\n\nb", "a\n\nb")]
    [InlineData("a \n \t\n b", "a\n\nb")]
    [InlineData("a\r\n\r\nb", "a\n\nb")]
    [InlineData("a\r\rb", "a\n\nb")]
    [InlineData("a\u2028b", "a\nb")]
    [InlineData("a\u0085b", "a\nb")]
    [InlineData("a\vb\fc", "a\nb\nc")]
    [InlineData("a\u2029b", "a\n\nb")]
    [InlineData("\n\n  text \n\n", "text")]
    [InlineData(" \t\r\n ", "")]
    [InlineData("", "")]
    [InlineData("a\u200Bb", "a\u200Bb")]
    public void Keeps_lines_and_paragraphs_by_default(string input, string expected) => Assert.Equal(expected, Clean(input));

    [Theory]
    [InlineData("a\nb", "a b")]
    [InlineData("a \r\n b\n\nc", "a b\n\nc")]
    [InlineData("line one\nline two\n\n\nnext paragraph\u2029last", "line one line two\n\nnext paragraph\n\nlast")]
    public void JoinLines_keeps_only_paragraph_breaks(string input, string expected) => Assert.Equal(expected, Clean(input, JoinLines));

    [Theory]
    [InlineData("a\nb", "a b")]
    [InlineData("a\n\n\nb\u2029c", "a b c")]
    [InlineData(" a \r\n\t b ", "a b")]
    public void Fold_puts_everything_on_one_line(string input, string expected) => Assert.Equal(expected, Clean(input, Fold));

    [Fact]
    public void Edits_are_trimmed_to_what_changes()
    {
        Assert.Equal([new TextEdit(2, 1, "", "whitespace")], CleanChecked("a  b").Edits);
        Assert.Equal([new TextEdit(1, 1, "", "whitespace")], CleanChecked("a\r\nb").Edits);
        Assert.Equal([new TextEdit(1, 1, " ", "whitespace")], CleanChecked("a\tb").Edits);
        Assert.Equal(
            [new TextEdit(0, 2, "", "whitespace"), new TextEdit(4, 1, "", "whitespace"), new TextEdit(7, 1, "", "whitespace")],
            CleanChecked("  a\n \nb ").Edits);
    }

    [Fact]
    public void Returns_the_same_instance_without_allocating_when_clean()
    {
        var text = string.Concat(Enumerable.Repeat("The quick brown fox jumps over the lazy dog.\nNew line.\n\nNew paragraph. ", 100)) + "end";
        var edits = new List<TextEdit>();
        for (int i = 0; i < 100; i++)
        {
            WhitespaceCleaner.Clean(text, null, edits);
        }

        string result = string.Empty;
        long allocated = Allocation.QuietestRound(() => result = WhitespaceCleaner.Clean(text, null, edits));

        Assert.Equal(0, allocated);
        Assert.Same(text, result);
        Assert.Empty(edits);
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WhitespaceOptions { Paragraphs = (ParagraphMode)42 });
        Assert.Throws<ArgumentNullException>(() => WhitespaceCleaner.Clean(null!));
        Assert.Equal(ParagraphMode.Keep, WhitespaceOptions.Default.Paragraphs);
    }

    [Fact]
    public void Edits_reproduce_the_output_on_every_corpus_body()
    {
        int changed = 0;
        long removed = 0;
        foreach (string body in SpamAssassin.Bodies)
        {
            foreach (var options in new[] { WhitespaceOptions.Default, JoinLines, Fold })
            {
                var (text, _) = CleanChecked(body, options);
                if (options == WhitespaceOptions.Default && !ReferenceEquals(text, body))
                {
                    changed++;
                    removed += body.Length - text.Length;
                }
            }
        }

        _output.WriteLine($"bodies {SpamAssassin.Bodies.Count}, changed {changed}, characters removed {removed}");
        Assert.True(changed > 0);
    }

    private static readonly string[] Pieces =
    [
        "a", "b", "é", "\u200B", " ", "  ", "\t", "\n", "\r", "\r\n", "\v", "\f", "\u0085", "\u00A0", "\u2003", "\u3000", "\u2028",
        "\u2029", "\uD800", "\0",
    ];

    private static Arbitrary<string> Soup() => Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property Is_idempotent_and_never_glues_words_on_whitespace_soup() =>
        Prop.ForAll(Soup(), text =>
        {
            CleanChecked(text);
            CleanChecked(text, JoinLines);
            CleanChecked(text, Fold);
        });

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Is_idempotent_and_never_throws_on_random_strings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), text =>
        {
            CleanChecked(text.Get);
            CleanChecked(text.Get, Fold);
        });
}
