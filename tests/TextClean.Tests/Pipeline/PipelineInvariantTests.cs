using FsCheck;
using FsCheck.Fluent;
using TextClean.Normalizers.Punctuation;
using TextClean.Normalizers.Quotes;
using TextClean.Normalizers.Words;
using TextClean.Pipeline;
using TextClean.Tests.Support;
using TextClean.Text;
using TextClean.Tokenization;

namespace TextClean.Tests.Pipeline;

/// <summary>What holds for every preset on every text: idempotence, offsets back to the original, no throwing, no gluing.</summary>
public class PipelineInvariantTests
{
    private static readonly string[] Pieces =
    [
        "word", "Word", "WORD", " ", "  ", "\n", "\n\n", "\t", "\u00A0", ".", ",", "!", "!!!", "?!?!", "...", "-", "–", "'", "\"", "(", ")",
        "<p>", "</p>", "<b>", "<script>x</script>", "&amp;", "&#8217;", "&nbsp;", "$1,200", "3.5%", "2nd", "10:30", "2020-01-02", "-5",
        "555-123-4567", "1990-2000", "state-of-the-art", "infor-\nmation", "hy\u00AD", "don't", "donâ€™t", "cafÃ©", "ðŸ˜‰", "café", "e\u0301",
        "Straße", "ΣΊΣΥΦΟΣ", "日本", "👍🏽", "👨‍👩‍👧", "🇯🇵", "1️⃣", ":-)", "<3", ":thumbs_up:", "<NUM>", "<URL>", "https://x.org/a",
        "jane@example.com", "@bob", "#Tag", "Mr.", "John", "Smith", "May", "Will", "U.S.A.", "©", "&", "+", "\u200B", "\u200D", "\uFEFF",
        "\u0001", "\uD800", "ﬁ", "soooo", "NOOOO", "III", "I'm", "can’t", "John's", "'s", "n't", "—", "…", "“", "”", "‘", "’",
        "#MachineLearning", "#iphone12pro", "#the", "the", "The", "of", "Łódź", "ø", "æ", "<ELONG>", "..",
    ];

    // Every preset, and "toolbox": the policies no preset uses (split contractions, elongation marked down to one letter,
    // unicode ellipses, expressive punctuation) on top of search's stop words, accents and hashtag splitting.
    public static TheoryData<string> PipelineNames => [.. PipelineNameList];

    private static readonly string[] PipelineNameList = [.. Presets.Names, "toolbox"];

    private static readonly TextPipeline Toolbox = new TextPipelineBuilder().UsePreset("search")
        .UseContractions(ContractionPolicy.Split).UseElongation(ElongationPolicy.Mark, 1).UseQuotes(ellipsis: EllipsisPolicy.Unicode)
        .UsePunctuation(PunctuationPolicy.Expressive).Build();

    private static TextPipeline PipelineNamed(string name) => name == "toolbox" ? Toolbox : TextPipeline.FromPreset(name);

    private static Arbitrary<string> NaughtyText() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Theory]
    [MemberData(nameof(PipelineNames))]
    public void Every_preset_is_idempotent_on_real_mail(string preset)
    {
        var pipeline = PipelineNamed(preset);
        foreach (var body in SpamAssassin.Bodies)
        {
            string once = pipeline.Clean(body);
            string twice = pipeline.Clean(once);
            Assert.True(once == twice, $"{preset}: cleaning again changed the text\nonce:  {Excerpt(once, twice)}\ntwice: {Excerpt(twice, once)}");
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Every_preset_is_idempotent_and_keeps_offsets_on_random_text() =>
        Prop.ForAll(NaughtyText(), text =>
        {
            foreach (var preset in PipelineNameList)
            {
                var pipeline = PipelineNamed(preset);
                string once = pipeline.Clean(text);
                Assert.Equal(once, pipeline.Clean(once));
                AssertOffsets(pipeline, text, once);
            }
        });

    [Fact]
    public void Offsets_map_every_token_of_real_mail_back_to_the_original()
    {
        var pipeline = TextPipeline.FromPreset("ml");
        foreach (var body in SpamAssassin.Bodies.Take(1500))
        {
            AssertOffsets(pipeline, body, pipeline.Clean(body));
        }
    }

    [Fact]
    public void Offsets_point_at_what_each_token_came_from()
    {
        const string original = "<p>Dear John Smith,</p> you owe $1,200!!! donâ€™t";
        var result = TextPipeline.FromPreset("ml").CleanWithOffsets(original);
        Assert.Equal("dear <NAME>, you owe <MONEY>! <REPEAT> don't", result.Text);
        var mapped = Tokenizer.Default.TokenizeToList(result.Text)
            .Select(t => (Token: result.Text.Substring(t.Start, t.Length), Source: Slice(original, result.ToOriginal(t.Start, t.Length))))
            .ToList();
        Assert.Contains(("dear", "Dear"), mapped);
        Assert.Contains(("<NAME>", "John Smith"), mapped);
        Assert.Contains(("<MONEY>", "$1,200"), mapped);
        Assert.Contains(("don't", "donâ€™t"), mapped);
        Assert.Contains(("owe", "owe"), mapped);
    }

    [Fact]
    public void Unchanged_text_is_returned_as_is()
    {
        const string clean = "nothing to do here";
        Assert.Same(clean, TextPipeline.FromPreset("minimal").Clean(clean));
        Assert.Same(clean, TextPipeline.FromPreset("ml").Clean(clean));
    }

    [Fact]
    public void Steady_state_cleaning_allocates_only_the_output_string()
    {
        var pipeline = TextPipeline.FromPreset("ml");
        const string document = "Hello John, your order of $1,200 ships on 2020-01-02!!! Questions? Mail help@shop.example or see https://shop.example/faq 👍🏽";
        string output = string.Empty;
        for (int i = 0; i < 200; i++)
        {
            output = pipeline.Clean(document);
        }

        long allocated = Allocation.QuietestRound(() => output = pipeline.Clean(document));
        long outputString = 24 + (2L * output.Length) + 8;
        Assert.True(allocated <= outputString, $"allocated {allocated} bytes for a {output.Length}-character output ({outputString} bytes)");
    }

    // Edits rebuild the output from the original; every output token maps to an ordered span inside the original, and a
    // token the pipeline left alone maps to the same text.
    private static void AssertOffsets(TextPipeline pipeline, string original, string expected)
    {
        var result = pipeline.CleanWithOffsets(original);
        Assert.Equal(expected, result.Text);
        Assert.Equal(result.Text, TextEdit.Apply(original, result.Edits));
        int previousStart = 0;
        foreach (var token in Tokenizer.Default.Tokenize(result.Text))
        {
            var (start, length) = result.ToOriginal(token.Start, token.Length);
            Assert.InRange(start, previousStart, original.Length);
            Assert.InRange(start + length, start, original.Length);
            previousStart = start;
            if (!result.Edits.Any(e => e.Start < start + length && e.End > start))
            {
                Assert.Equal(result.Text.AsSpan(token.Start, token.Length), original.AsSpan(start, length));
            }
        }
    }

    private static string Slice(string text, (int Start, int Length) span) => text.Substring(span.Start, span.Length);

    private static string Excerpt(string text, string other)
    {
        int at = 0;
        while (at < text.Length && at < other.Length && text[at] == other[at])
        {
            at++;
        }

        int from = Math.Max(0, at - 60);
        return text.AsSpan(from, Math.Min(text.Length - from, 120)).ToString();
    }
}
