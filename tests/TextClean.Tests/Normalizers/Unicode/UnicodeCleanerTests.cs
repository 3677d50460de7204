using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TextClean.Normalizers.Unicode;
using TextClean.Tests.Support;
using TextClean.Text;
using Xunit.Abstractions;

namespace TextClean.Tests.Normalizers.Unicode;

public sealed class UnicodeCleanerTests
{
    private static readonly UnicodeOptions Nfkc = new() { Form = NormalizationForm.FormKC };

    private static readonly string[] Reasons = ["control", "invisible", "nfc", "nfkc"];

    private readonly ITestOutputHelper _output;

    public UnicodeCleanerTests(ITestOutputHelper output) => _output = output;

    /// <summary>Cleans, checks the edits reproduce the output, their reasons, and idempotence; returns output and edits.</summary>
    private static (string Text, List<TextEdit> Edits) CleanChecked(string input, UnicodeOptions? options = null)
    {
        var edits = new List<TextEdit>();
        string output = UnicodeCleaner.Clean(input, options, edits);
        Assert.Equal(output, TextEdit.Apply(input, edits));
        Assert.All(edits, edit => Assert.Contains(edit.Reason, Reasons));
        Assert.Equal(!ReferenceEquals(output, input), edits.Count > 0);
        Assert.Equal(output, UnicodeCleaner.Clean(input, options));
        Assert.Same(output, UnicodeCleaner.Clean(output, options));
        if (!HasLoneSurrogate(output) && !output.Contains('\uFFFE', StringComparison.Ordinal))
        {
            Assert.True(output.IsNormalized((options ?? UnicodeOptions.Default).Form));
        }

        return (output, edits);
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Clean(string input, UnicodeOptions? options = null) => CleanChecked(input, options).Text;

    [Fact]
    public void Composes_decomposed_text_under_NFC()
    {
        var (text, edits) = CleanChecked("cafe\u0301 noe\u0308l");
        Assert.Equal("caf\u00E9 no\u00EBl", text);
        Assert.Equal([new TextEdit(3, 2, "\u00E9", "nfc"), new TextEdit(8, 2, "\u00EB", "nfc")], edits);
    }

    [Theory]
    [InlineData("\uFB01nance", "finance")]
    [InlineData("\uFF21\uFF22\uFF23", "ABC")]
    [InlineData("x\u00B2", "x2")]
    [InlineData("caf\u00E9", "caf\u00E9")]
    public void Folds_compatibility_characters_under_NFKC_only(string input, string nfkc)
    {
        Assert.Same(input, UnicodeCleaner.Clean(input));
        var (text, edits) = CleanChecked(input, Nfkc);
        Assert.Equal(nfkc, text);
        Assert.All(edits, edit => Assert.Equal("nfkc", edit.Reason));
    }

    [Fact]
    public void Removes_a_zero_width_space_inside_a_word()
    {
        var (text, edits) = CleanChecked("pass\u200Bword");
        Assert.Equal("password", text);
        Assert.Equal([new TextEdit(4, 1, "", "invisible")], edits);
    }

    [Theory]
    [InlineData("family \U0001F468\u200D\U0001F469\u200D\U0001F467 day")]
    [InlineData("\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F Scotland")]
    [InlineData("I \u2764\uFE0F you")]
    [InlineData("press 1\uFE0F\u20E3 now")]
    [InlineData("ok \U0001F44D\U0001F3FD\U0001F469\u200D\U0001F4BB")]
    [InlineData("\u00A9\uFE0F 2024")]
    public void Leaves_emoji_sequences_untouched(string input) => Assert.Same(input, UnicodeCleaner.Clean(input));

    [Theory]
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")] // Persian می‌خواهم
    [InlineData("\u0915\u094D\u200D\u0937")] // Devanagari क्‍ष
    [InlineData("\u0DC1\u0DCA\u200D\u0DBB\u0DD3")] // Sinhala ශ්‍රී
    public void Keeps_joiners_between_letters_of_scripts_that_use_them(string input) =>
        Assert.Same(input, UnicodeCleaner.Clean(input));

    [Theory]
    [InlineData("V\u200Diagra", "Viagra")]
    [InlineData("Auf\u200Clage", "Auflage")]
    [InlineData("\u200D\u0645", "\u0645")]
    [InlineData("\u0645\u200C", "\u0645")]
    [InlineData("\u0645\u200C \u0645", "\u0645 \u0645")]
    [InlineData("\U0001F468\u200D", "\U0001F468")]
    [InlineData("\U0001F468\u200D\u200D\U0001F469", "\U0001F468\U0001F469")]
    [InlineData("a\u200Cb\u200D1", "ab1")]
    public void Removes_joiners_that_join_nothing(string input, string expected) => Assert.Equal(expected, Clean(input));

    [Theory]
    [InlineData("\u200F\u05E9\u05DC\u05D5\u05DD\u200E", "\u05E9\u05DC\u05D5\u05DD")]
    [InlineData("\u202Eabc\u202C", "abc")]
    [InlineData("\u2067\u0627\u2069 x\u061C", "\u0627 x")]
    [InlineData("\uFEFFHello\uFEFF world", "Hello world")]
    [InlineData("co\u00ADop\u2060er\u2061a\u180Etion", "cooperation")]
    [InlineData("a\uFE0F b\uFE0E", "a b")]
    [InlineData("\u2764\uFE0E", "\u2764")]
    [InlineData("x\U000E0067\U000E007Fy\U000E0001", "xy")]
    public void Removes_bidi_controls_and_other_invisible_characters(string input, string expected)
    {
        var (text, edits) = CleanChecked(input);
        Assert.Equal(expected, text);
        Assert.All(edits, edit => Assert.Equal("invisible", edit.Reason));
    }

    [Fact]
    public void Removes_controls_but_not_whitespace_controls()
    {
        var (text, edits) = CleanChecked("a\0b\u0007c\u007Fd\u0080e\u009Ff\t\n\v\f\r\u0085g");
        Assert.Equal("abcdef\t\n\v\f\r\u0085g", text);
        Assert.All(edits, edit => Assert.Equal("control", edit.Reason));
        Assert.Equal(5, edits.Count);
    }

    [Fact]
    public void Adjacent_removals_with_the_same_reason_are_one_edit()
    {
        var (text, edits) = CleanChecked("a\u200B\u200B\u00ADb\0\u0001c");
        Assert.Equal("abc", text);
        Assert.Equal([new TextEdit(1, 3, "", "invisible"), new TextEdit(5, 2, "", "control")], edits);
    }

    [Fact]
    public void A_removal_between_a_letter_and_its_accent_is_merged_into_the_normalization()
    {
        var (text, edits) = CleanChecked("x\u200Be\u200B\u0301\u200By");
        Assert.Equal("x\u00E9y", text);
        Assert.Equal([new TextEdit(1, 1, "", "invisible"), new TextEdit(2, 3, "\u00E9", "nfc"), new TextEdit(5, 1, "", "invisible")], edits);
    }

    [Theory]
    [InlineData("\u2122\uFE0F", "TM")]
    [InlineData("\u3297\uFE0F", "\u795D")]
    [InlineData("\u0628\u200D\uFE70", "\u0628 \u064B")]
    [InlineData("\U0001D400\u200D\u0915", "A\u0915")]
    public void NFKC_results_are_cleaned_again_until_stable(string input, string expected) =>
        Assert.Equal(expected, Clean(input, Nfkc));

    [Fact]
    public void Keeps_lone_surrogates_and_normalizes_around_them()
    {
        Assert.Same("a\uD800b\uDC00", UnicodeCleaner.Clean("a\uD800b\uDC00"));
        Assert.Equal("\u00E9\uD800\u00E9\uDBFF", Clean("e\u0301\uD800e\u0301\uDBFF"));
        Assert.Equal("\uD800\u0301", Clean("\uD800\u0301"));
        Assert.Equal("\uDB40x", Clean("\uDB40\u200Bx"));
        Assert.Equal("\u00E9\uFFFE\u00E9", Clean("e\u0301\uFFFEe\u0301"));
    }

    [Fact]
    public void Options_switch_removals_off()
    {
        const string input = "a\0b\u200Bc";
        Assert.Same(input, UnicodeCleaner.Clean(input, new UnicodeOptions { RemoveControls = false, RemoveInvisible = false }));
        Assert.Equal("ab\u200Bc", Clean(input, new UnicodeOptions { RemoveInvisible = false }));
        Assert.Equal("a\0bc", Clean(input, new UnicodeOptions { RemoveControls = false }));
        Assert.Equal("\u00E9", Clean("e\u0301", new UnicodeOptions { RemoveControls = false, RemoveInvisible = false }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnicodeOptions { Form = NormalizationForm.FormD });
        Assert.Throws<ArgumentNullException>(() => UnicodeCleaner.Clean(null!));
    }

    [Fact]
    public void Output_is_normalized_around_every_code_point()
    {
        for (int cp = 0x80; cp <= 0x10FFFF; cp++)
        {
            if (cp is (>= 0xD800 and <= 0xDFFF) or 0xFFFE or (> 0x2FFFF and < 0xE0000))
            {
                continue;
            }

            string c = char.ConvertFromUtf32(cp);
            string input = "e" + c + "\u0301" + c + c + "a";
            foreach (var options in new[] { UnicodeOptions.Default, Nfkc })
            {
                string output = UnicodeCleaner.Clean(input, options);
                Assert.True(output.IsNormalized(options.Form), $"U+{cp:X4} {options.Form}");
            }
        }
    }

    [Fact]
    public void Does_not_allocate_when_nothing_changes()
    {
        var ascii = string.Concat(Enumerable.Repeat("The quick brown fox jumps over the lazy dog.\r\n\t", 200));
        var unicode = string.Concat(Enumerable.Repeat(
            "caf\u00E9 \u65E5\u672C\u8A9E \U0001F468\u200D\U0001F469\u200D\U0001F467 \u2764\uFE0F \u0645\u06CC\u200C\u062E \u00A0 1\uFE0F\u20E3 ", 100));
        var edits = new List<TextEdit>();
        for (int i = 0; i < 100; i++)
        {
            UnicodeCleaner.Clean(ascii, null, edits);
            UnicodeCleaner.Clean(unicode, null, edits);
            UnicodeCleaner.Clean(ascii, Nfkc, edits);
        }

        string a = ascii, b = unicode, c = ascii;
        long allocated = Allocation.QuietestRound(() =>
        {
            a = UnicodeCleaner.Clean(ascii, null, edits);
            b = UnicodeCleaner.Clean(unicode, null, edits);
            c = UnicodeCleaner.Clean(ascii, Nfkc, edits);
        });

        Assert.Equal(0, allocated);
        Assert.Same(ascii, a);
        Assert.Same(unicode, b);
        Assert.Same(ascii, c);
        Assert.Empty(edits);
    }

    [Fact]
    public void Edits_reproduce_the_output_on_every_corpus_body()
    {
        int changed = 0;
        var reasons = new Dictionary<string, int>();
        foreach (string body in SpamAssassin.Bodies)
        {
            foreach (var options in new[] { UnicodeOptions.Default, Nfkc })
            {
                var (text, edits) = CleanChecked(body, options);
                if (options == UnicodeOptions.Default && !ReferenceEquals(text, body))
                {
                    changed++;
                }

                foreach (var edit in edits)
                {
                    reasons[edit.Reason] = reasons.GetValueOrDefault(edit.Reason) + 1;
                }
            }
        }

        _output.WriteLine($"bodies {SpamAssassin.Bodies.Count}, changed under NFC {changed}; edits: {string.Join(", ", reasons.Select(r => $"{r.Key} {r.Value}"))}");
        Assert.True(SpamAssassin.Bodies.Count > 0);
    }

    private static readonly string[] Pieces =
    [
        "a", "e", "1", "#", " ", "\n", "\u0301", "\u0308", "\u0327", "\u00E9", "\u200B", "\u200C", "\u200D", "\uFE0F", "\uFE0E",
        "\u20E3", "\u2764", "\U0001F468", "\U0001F469", "\U0001F3FD", "\U0001F3F4", "\U000E0067", "\U000E007F", "\U0001F1FA",
        "\U0001F1F8", "\uD800", "\uDC00", "\uDB40", "\0", "\u0085", "\u009F", "\u00AD", "\u202E", "\uFEFF", "\u0645", "\u06CC",
        "\u0915", "\u094D", "\uFB01", "\uFF21", "\u2122", "\uFE70", "\u1100", "\u1161", "\u11A8", "\uAC00", "\u0344", "\u0F73",
        "\U0001D400", "\u00A8", "\u3297", "\u00A9", "\uFFFE", "\u0DCA", "\u0DBB", "\u3099", "\u304B", "\u2000",
    ];

    private static Arbitrary<string> Soup() => Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [FsCheck.Xunit.Property(MaxTest = 3000)]
    public Property Is_idempotent_and_its_edits_reproduce_it_on_soup() =>
        Prop.ForAll(Soup(), text =>
        {
            CleanChecked(text);
            CleanChecked(text, Nfkc);
        });

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Is_idempotent_and_never_throws_on_random_strings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), text =>
        {
            CleanChecked(text.Get);
            CleanChecked(text.Get, Nfkc);
        });

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Is_idempotent_on_random_code_points() =>
        Prop.ForAll(Gen.Choose(0, 0x10FFFF).Where(cp => cp is < 0xD800 or > 0xDFFF).ArrayOf().ToArbitrary(), codePoints =>
        {
            var text = new StringBuilder();
            foreach (int cp in codePoints)
            {
                text.Append(char.ConvertFromUtf32(cp));
            }

            CleanChecked(text.ToString());
            CleanChecked(text.ToString(), Nfkc);
        });
}
