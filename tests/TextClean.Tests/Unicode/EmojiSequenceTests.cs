using System.Globalization;
using System.Text;
using TextClean.Tests.Support;
using TextClean.Unicode;

namespace TextClean.Tests.Unicode;

/// <summary>Tests of <see cref="EmojiSequence"/> against Emoji 17.0 emoji-test.txt.</summary>
public class EmojiSequenceTests
{
    private const string TestFile = "corpora/unicode/17.0/emoji-test.txt";

    private static readonly Lazy<List<EmojiTestEntry>> Entries = new(LoadEntries);

    /// <summary>Every sequence of emoji-test.txt, for other tests that need the list.</summary>
    internal static IReadOnlyList<EmojiTestEntry> AllEntries => Entries.Value;

    /// <summary>
    /// Single code points below U+2600 listed as "unqualified" (text-default symbols such as ©, ™, ↔, ▶): by design they
    /// are not emoji without U+FE0F. They are the only deliberate differences from emoji-test.txt.
    /// </summary>
    private static readonly Lazy<HashSet<string>> TextDefaultSymbols = new(() => Entries.Value
        .Where(e => e.Status == "unqualified" && e.CodePoints.Length == 1 && e.CodePoints[0] < 0x2600)
        .Select(e => e.Text)
        .ToHashSet(StringComparer.Ordinal));

    private static readonly string[] Suffixes = ["", "abc", "2", "20th", "!!", " ", ".", "😀", "e\u0301", "#tag", "\n"];

    /// <summary>The committed emoji-test.txt is Emoji 17.0 with all its sequences.</summary>
    [Fact]
    public void EmojiTestFileIsVersion17AndComplete()
    {
        var header = File.ReadLines(TestData.PathOf(TestFile)).Take(12).ToList();
        Assert.Contains("# Version: 17.0", header);
        var counts = Entries.Value.GroupBy(e => e.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3944, counts["fully-qualified"]);
        Assert.Equal(1029, counts["minimally-qualified"]);
        Assert.Equal(243, counts["unqualified"]);
        Assert.Equal(9, counts["component"]);
    }

    /// <summary>Every emoji-test.txt sequence gets its full length, also without U+FE0F and followed by other text.</summary>
    [Fact]
    public void EveryListedSequenceGetsItsFullLengthAlsoWithoutFe0fAndWithSuffixes()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var entry in Entries.Value)
        {
            var stripped = entry.Text.Replace("\uFE0F", string.Empty, StringComparison.Ordinal);
            foreach (var form in new[] { entry.Text, stripped }.Distinct())
            {
                var expected = TextDefaultSymbols.Value.Contains(form) ? 0 : form.Length;
                foreach (var suffix in Suffixes)
                {
                    checkedCount++;
                    var actual = EmojiSequence.GetLength(form + suffix);
                    if (actual != expected)
                    {
                        failures.Add($"line {entry.Line} ({entry.Status}) {Hex(form)} + {Hex(suffix)}: expected {expected}, got {actual} — {entry.Name}");
                    }
                }

                // Inside running text, after a word.
                var inText = "great" + form + "!!";
                var inTextLength = EmojiSequence.GetLength(inText.AsSpan(5));
                if (inTextLength != expected)
                {
                    failures.Add($"line {entry.Line} in text {Hex(form)}: expected {expected}, got {inTextLength}");
                }
            }
        }

        Assert.True(checkedCount > 50_000, $"only {checkedCount} checks");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(300)));
    }

    /// <summary>The only deliberate differences: text-default symbols below U+2600 without U+FE0F.</summary>
    [Fact]
    public void DeliberateExceptionsAreOnlyTextDefaultSymbolsBelowU2600()
    {
        var symbols = TextDefaultSymbols.Value;
        Assert.Equal(31, symbols.Count);
        Assert.Contains("©", symbols);
        Assert.Contains("™", symbols);
        Assert.Contains("↔", symbols);
        Assert.All(symbols, s =>
        {
            Assert.Equal(0, EmojiSequence.GetLength(s));
            Assert.Equal(s.Length + 1, EmojiSequence.GetLength(s + "\uFE0F"));
        });
    }

    /// <summary>Every emoji-test.txt sequence has its CLDR name, also without U+FE0F.</summary>
    [Fact]
    public void EveryListedSequenceHasItsNameAlsoWithoutFe0f()
    {
        var failures = new List<string>();
        foreach (var entry in Entries.Value)
        {
            var stripped = entry.Text.Replace("\uFE0F", string.Empty, StringComparison.Ordinal);
            foreach (var form in new[] { entry.Text, stripped })
            {
                if (!EmojiSequence.TryGetName(form, out var name) || name != entry.Name)
                {
                    failures.Add($"line {entry.Line} {Hex(form)}: expected '{entry.Name}', got '{name}'");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(300)));
    }

    /// <summary>Names of well-known emoji.</summary>
    [Theory]
    [InlineData("👍🏽", "thumbs up: medium skin tone")]
    [InlineData("🇯🇵", "flag: Japan")]
    [InlineData("1️⃣", "keycap: 1")]
    [InlineData("1\u20E3", "keycap: 1")]
    [InlineData("#️⃣", "keycap: #")]
    [InlineData("👨‍👩‍👧", "family: man, woman, girl")]
    [InlineData("🏴󠁧󠁢󠁳󠁣󠁴󠁿", "flag: Scotland")]
    [InlineData("❤️", "red heart")]
    [InlineData("❤", "red heart")]
    [InlineData("©", "copyright")]
    [InlineData("🏽", "medium skin tone")]
    [InlineData("🇨🇮", "flag: Côte d’Ivoire")]
    [InlineData("🙂‍↔️", "head shaking horizontally")]
    public void TryGetNameKnownExamples(string emoji, string expected)
    {
        Assert.True(EmojiSequence.TryGetName(emoji, out var name));
        Assert.Equal(expected, name);
    }

    /// <summary>Text that is not exactly one listed sequence has no name.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("1")]
    [InlineData("👍🏽!")]
    [InlineData("🐈‍🦄")]
    [InlineData("\uFE0F")]
    [InlineData("👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍")]
    public void TryGetNameUnknown(string text)
    {
        Assert.False(EmojiSequence.TryGetName(text, out var name));
        Assert.Null(name);
    }

    /// <summary>Digits, #, *, letters and text-default symbols are not emoji.</summary>
    [Theory]
    [InlineData("2")]
    [InlineData("20th")]
    [InlineData("#tag")]
    [InlineData("#")]
    [InlineData("*")]
    [InlineData("*bold*")]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("1\uFE0F")]
    [InlineData("1\uFE0Fx")]
    [InlineData("1\u200D👍")]
    [InlineData("a")]
    [InlineData("hello")]
    [InlineData("é")]
    [InlineData("©")]
    [InlineData("® 2024")]
    [InlineData("™")]
    [InlineData("‼")]
    [InlineData("⁉")]
    [InlineData("↔")]
    [InlineData("▶")]
    [InlineData("ℹ")]
    [InlineData("ℹ\u200D👍")]
    [InlineData("★")]
    [InlineData("❤\uFE0E")]
    [InlineData("☺\uFE0E")]
    [InlineData("⌚\uFE0E")]
    [InlineData("\u200D")]
    [InlineData("\uFE0F")]
    [InlineData("\u20E3")]
    [InlineData("\uDB40\uDC67\uDB40\uDC7F")]
    [InlineData("\0")]
    [InlineData("")]
    public void NotEmojiGiveZero(string text)
    {
        Assert.Equal(0, EmojiSequence.GetLength(text));
    }

    /// <summary>Malformed UTF-16 is never an emoji and never throws (a fact: xunit cannot serialize lone surrogates).</summary>
    [Fact]
    public void MalformedTextGivesZero()
    {
        string[] texts = ["\uD83D", "\uDC4D", "\uD83Dx", "\uDC4D\uD83D", "\uD83C\uDC4D\uD83C", "\uD800\uFE0F"];
        foreach (var text in texts)
        {
            Assert.Equal(0, EmojiSequence.GetLength(text));
            Assert.False(EmojiSequence.TryGetName(text, out _));
        }

        // A broken second half does not extend a valid emoji.
        Assert.Equal(4, EmojiSequence.GetLength("🇯🇵\uD83C"));
        Assert.Equal(2, EmojiSequence.GetLength("👍\uD83C"));
        Assert.Equal(2, EmojiSequence.GetLength("👍\u200D\uD83D"));
        Assert.Equal(2, EmojiSequence.GetLength("🇯\uD83C"));
    }

    /// <summary>Lengths of emoji sequences followed by other text.</summary>
    [Theory]
    [InlineData("❤", 1)]
    [InlineData("❤ you", 1)]
    [InlineData("☺", 1)]
    [InlineData("✔", 1)]
    [InlineData("✔done", 1)]
    [InlineData("❤\uFE0F", 2)]
    [InlineData("©\uFE0F", 2)]
    [InlineData("™\uFE0F 2024", 2)]
    [InlineData("1\u20E3", 2)]
    [InlineData("1\uFE0F\u20E3", 3)]
    [InlineData("#\u20E3tag", 2)]
    [InlineData("*\uFE0F\u20E3*", 3)]
    [InlineData("👍", 2)]
    [InlineData("👍🏽", 4)]
    [InlineData("👍🏽!!", 4)]
    [InlineData("👍🏽👍", 4)]
    [InlineData("🏽", 2)]
    [InlineData("🏿x", 2)]
    [InlineData("🇯🇵", 4)]
    [InlineData("🇯🇵🇺🇸", 4)]
    [InlineData("🇯", 2)]
    [InlineData("🇯x", 2)]
    [InlineData("👨‍👩‍👧", 8)]
    [InlineData("👨‍👩‍👧!", 8)]
    [InlineData("👨‍👩‍👧‍👦🎉", 11)]
    [InlineData("🐈‍🦄", 5)]
    [InlineData("👍\u200D", 2)]
    [InlineData("👍\u200Dabc", 2)]
    [InlineData("👍\u200D❤\uFE0E", 2)]
    [InlineData("👍\u200D2", 2)]
    [InlineData("🏴󠁧󠁢󠁳󠁣󠁴󠁿", 14)]
    [InlineData("🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland", 14)]
    [InlineData("🏴\uDB40\uDC67", 2)]
    [InlineData("🏴", 2)]
    [InlineData("☝️🏽", 4)]
    [InlineData("⌚", 1)]
    [InlineData("😀\uFE0F", 3)]
    [InlineData("🙂‍↔", 4)]
    public void EmojiLengths(string text, int expected)
    {
        Assert.Equal(expected, EmojiSequence.GetLength(text));
    }

    /// <summary>Scanning running text finds exactly the emoji.</summary>
    [Fact]
    public void RealLookingTextFindsEmojiAtEveryPosition()
    {
        const string text = "great👍🏽!! meet at 10, #tag 1️⃣ 🇯🇵 trip ❤ © 2024 ©️ 👨‍👩‍👧";
        var found = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var length = EmojiSequence.GetLength(text.AsSpan(i));
            if (length > 0)
            {
                found.Add(text.Substring(i, length));
                i += length;
            }
            else
            {
                i += GraphemeCluster.GetLength(text.AsSpan(i));
            }
        }

        Assert.Equal(["👍🏽", "1️⃣", "🇯🇵", "❤", "©️", "👨‍👩‍👧"], found);
    }

    /// <summary>The fast exit of GetLength assumes that below U+203C only # * 0-9 © ® have Emoji=Yes.</summary>
    [Fact]
    public void EmojiPropertyBelowU203CIsOnlyKeycapBasesAndCopyrightRegistered()
    {
        var emoji = new List<int>();
        for (var cp = 0; cp < 0x203C; cp++)
        {
            if ((EmojiSequence.GetProperties(cp) & EmojiBits.Emoji) != 0)
            {
                emoji.Add(cp);
            }
        }

        Assert.Equal([0x23, 0x2A, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0xA9, 0xAE], emoji);
        Assert.NotEqual(0, EmojiSequence.GetProperties(0x203C) & EmojiBits.Emoji);
    }

    /// <summary>The skin tone helpers.</summary>
    [Fact]
    public void SkinTones()
    {
        Assert.True(EmojiSequence.HasSkinTone("👍🏽"));
        Assert.True(EmojiSequence.HasSkinTone("🧑🏽‍🤝‍🧑🏿"));
        Assert.True(EmojiSequence.HasSkinTone("🏻"));
        Assert.False(EmojiSequence.HasSkinTone("👍"));
        Assert.False(EmojiSequence.HasSkinTone(""));
        Assert.False(EmojiSequence.HasSkinTone("\uD83C"));
        Assert.False(EmojiSequence.HasSkinTone("🏳"));

        Assert.Equal("👍", RemoveSkinTones("👍🏽"));
        Assert.Equal("🧑‍🤝‍🧑", RemoveSkinTones("🧑🏽‍🤝‍🧑🏿"));
        Assert.Equal("great👍!!", RemoveSkinTones("great👍🏿!!"));
        Assert.Equal(string.Empty, RemoveSkinTones("🏽"));
        Assert.Equal("👨‍👩‍👧", RemoveSkinTones("👨‍👩‍👧"));
        Assert.Equal("\uD83C", RemoveSkinTones("\uD83C"));
        Assert.Equal("x\uD83C", RemoveSkinTones("x\uD83C"));

        var exact = new char[2];
        Assert.Equal(2, EmojiSequence.RemoveSkinTones("👍🏽", exact));
        Assert.Throws<ArgumentException>(() => EmojiSequence.RemoveSkinTones("abc", new char[2]));
    }

    /// <summary>Removing skin tones from every listed sequence leaves a whole emoji sequence.</summary>
    [Fact]
    public void SkinToneRemovalOfEveryListedSequenceGivesTheNamedBaseWhenListed()
    {
        var failures = new List<string>();
        foreach (var entry in Entries.Value.Where(e => EmojiSequence.HasSkinTone(e.Text) && e.CodePoints.Length > 1))
        {
            var withoutTone = RemoveSkinTones(entry.Text);
            Assert.False(EmojiSequence.HasSkinTone(withoutTone));
            if (EmojiSequence.GetLength(withoutTone) != withoutTone.Length)
            {
                failures.Add($"{entry.Name}: {Hex(withoutTone)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>GetLength of both classes, and TryGetName after its first call, do not allocate.</summary>
    [Fact]
    public void GetLengthAndTryGetNameDoNotAllocate()
    {
        const string text = "👨‍👩‍👧‍👦🇯🇵1️⃣🏴󠁧󠁢󠁳󠁣󠁴󠁿👍🏽❤©️abc";
        _ = EmojiSequence.GetLength(text);
        _ = GraphemeCluster.GetLength(text);
        _ = EmojiSequence.TryGetName("👍🏽", out _);
        var total = 0;
        long allocated = Allocation.QuietestRound(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                for (var j = 0; j < text.Length; j++)
                {
                    total += EmojiSequence.GetLength(text.AsSpan(j)) + GraphemeCluster.GetLength(text.AsSpan(j));
                }

                total += EmojiSequence.TryGetName("👨‍👩‍👧‍👦", out _) ? 1 : 0;
            }
        });

        Assert.True(total > 0);
        Assert.Equal(0, allocated);
    }

    private static string RemoveSkinTones(string text)
    {
        var buffer = new char[text.Length];
        var written = EmojiSequence.RemoveSkinTones(text, buffer);
        return new string(buffer, 0, written);
    }

    private static string Hex(string text)
        => string.Join(" ", text.EnumerateRunes().Select(r => r.Value.ToString("X4", CultureInfo.InvariantCulture)));

    private static List<EmojiTestEntry> LoadEntries()
    {
        var entries = new List<EmojiTestEntry>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(TestData.PathOf(TestFile)))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var semicolon = line.IndexOf(';', StringComparison.Ordinal);
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var codePoints = line[..semicolon]
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
                .ToArray();
            var status = line[(semicolon + 1)..hash].Trim();
            // Comment: "<emoji> E<version> <name>"
            var comment = line[(hash + 1)..].Trim();
            var parts = comment.Split(' ', 3);
            var text = new StringBuilder();
            foreach (var cp in codePoints)
            {
                text.Append(char.ConvertFromUtf32(cp));
            }

            entries.Add(new EmojiTestEntry(lineNumber, codePoints, text.ToString(), status, parts[2]));
        }

        return entries;
    }

    internal sealed record EmojiTestEntry(int Line, int[] CodePoints, string Text, string Status, string Name);
}
