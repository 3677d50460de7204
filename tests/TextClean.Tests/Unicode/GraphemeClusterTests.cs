using System.Globalization;
using System.Text;
using TextClean.Tests.Support;
using TextClean.Unicode;

namespace TextClean.Tests.Unicode;

/// <summary>Tests of <see cref="GraphemeCluster"/> against Unicode 17.0 GraphemeBreakTest.txt.</summary>
public class GraphemeClusterTests
{
    private const string TestFile = "corpora/unicode/17.0/GraphemeBreakTest.txt";

    /// <summary>Every line of GraphemeBreakTest.txt splits into exactly the expected clusters.</summary>
    [Fact]
    public void GraphemeBreakTestAllLinesSplitAsExpected()
    {
        var lines = File.ReadAllLines(TestData.PathOf(TestFile));
        Assert.Contains(lines.Take(3), l => l.Contains("17.0.0", StringComparison.Ordinal));

        var failures = new List<string>();
        var tested = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var hash = line.IndexOf('#');
            var data = (hash < 0 ? line : line[..hash]).Trim();
            if (data.Length == 0)
            {
                continue;
            }

            var (text, expected) = ParseTestLine(data);
            var actual = Split(text);
            tested++;
            if (!expected.SequenceEqual(actual))
            {
                failures.Add($"line {i + 1}: {data}  expected [{Describe(expected)}] got [{Describe(actual)}]");
            }
        }

        Assert.True(tested > 700, $"only {tested} test lines found");
        Assert.True(failures.Count == 0, $"{failures.Count} of {tested} lines fail:\n" + string.Join("\n", failures));
    }

    /// <summary>Lone surrogates and NUL never throw and always make progress.</summary>
    /// <remarks>A fact, not a theory: xunit cannot serialize lone surrogates in theory data.</remarks>
    [Fact]
    public void MalformedAndControlDoNotThrowAndMakeProgress()
    {
        string[] texts =
        [
            "\uD800", "\uDC00", "\uDC00\uD800", "\uD800a", "a\uD800", "\uD800\u0301", "\0", "\0\0", "\u0301\uDFFF",
            "\uD83D\u200D\uD83D\uDC4D", "\uD83D\uDC4D\u200D\uDC4D", "\uD83C\uDDEF\uD83C", "\u0915\u094D\uD800\u0937",
        ];
        foreach (var text in texts)
        {
            var clusters = Split(text);
            Assert.Equal(text, string.Concat(clusters));
            Assert.All(clusters, c => Assert.NotEmpty(c));
        }
    }

    /// <summary>A lone surrogate is a Control code point: a cluster of its own.</summary>
    [Fact]
    public void LoneSurrogateIsItsOwnCluster()
    {
        Assert.Equal(1, GraphemeCluster.GetLength("\uD800\u0301"));
        Assert.Equal(1, GraphemeCluster.GetLength("\uDC00\uD83D"));
        Assert.Equal(1, GraphemeCluster.GetLength("\uD83D"));
        Assert.Equal(GraphemeBreakProperty.Control, GraphemeCluster.GetProperty(0xD800));
        Assert.Equal(["e\u0301", "\uD800", "x"], Split("e\u0301\uD800x"));
    }

    /// <summary>Only the empty span has length 0.</summary>
    [Fact]
    public void EmptyIsZero()
    {
        Assert.Equal(0, GraphemeCluster.GetLength(ReadOnlySpan<char>.Empty));
        Assert.Equal(0, GraphemeCluster.GetLength(""));
    }

    /// <summary>NUL is a control: one cluster.</summary>
    [Fact]
    public void NulIsOneCluster()
    {
        Assert.Equal(1, GraphemeCluster.GetLength("\0"));
        Assert.Equal(1, GraphemeCluster.GetLength("\0\u0301"));
    }

    /// <summary>Indic conjuncts (GB9c) are one cluster.</summary>
    [Theory]
    [InlineData("क्षि")]          // KA VIRAMA SSA I: conjunct (GB9c) + vowel sign
    [InlineData("क्ष")]
    [InlineData("न्द्र")]         // NA VIRAMA DA VIRAMA RA
    [InlineData("স্ত্র")]        // Bengali STRA
    [InlineData("क\u094D\u200Dष")] // conjunct with ZWJ after the virama
    public void DevanagariAndBengaliConjunctsAreOneCluster(string text)
    {
        Assert.Equal(text.Length, GraphemeCluster.GetLength(text));
        Assert.Single(Split(text));
    }

    /// <summary>Indic words split into aksharas.</summary>
    [Fact]
    public void IndicWordsSplitIntoAksharas()
    {
        Assert.Equal(["न", "म", "स्ते"], Split("नमस्ते"));
        Assert.Equal(["हि", "न्दी"], Split("हिन्दी"));
    }

    /// <summary>Hangul syllables and conjoining jamo (GB6-GB8).</summary>
    [Fact]
    public void HangulSyllablesAndJamo()
    {
        Assert.Equal(["한", "국", "어"], Split("한국어"));
        // Conjoining jamo: L V T form one syllable, L L V, LV T, LVT T.
        Assert.Single(Split("\u1112\u1161\u11AB"));
        Assert.Single(Split("\u1100\u1100\u1161"));
        Assert.Single(Split("\uAC00\u11A8"));
        Assert.Single(Split("\uAC01\u11A8"));
        Assert.Equal(["\u11A8", "\u1100"], Split("\u11A8\u1100"));
    }

    /// <summary>CR LF is one cluster (GB3), CR alone is not extended.</summary>
    [Fact]
    public void CrLfIsOneCluster()
    {
        Assert.Equal(2, GraphemeCluster.GetLength("\r\n"));
        Assert.Equal(1, GraphemeCluster.GetLength("\r\r\n"));
        Assert.Equal(1, GraphemeCluster.GetLength("\r"));
        Assert.Equal(1, GraphemeCluster.GetLength("\n\r"));
        Assert.Equal(1, GraphemeCluster.GetLength("\r\u0301"));
    }

    /// <summary>The fast path for text below U+0300.</summary>
    [Fact]
    public void FastPathAsciiAndLatin1()
    {
        for (var c = 0; c < 0x300; c++)
        {
            if (c == '\r')
            {
                continue;
            }

            var single = ((char)c).ToString();
            Assert.Equal(1, GraphemeCluster.GetLength(single));
            Assert.Equal(1, GraphemeCluster.GetLength(single + "a"));
            Assert.Equal(1, GraphemeCluster.GetLength(single + "\u00FF"));
        }

        Assert.Equal(["h", "e", "l", "l", "o"], Split("hello"));
        // The fast path must not cut a combining mark off its base.
        Assert.Equal(2, GraphemeCluster.GetLength("e\u0301x"));
        Assert.Equal(3, GraphemeCluster.GetLength("a\u0308\u0301"));
        Assert.Equal(2, GraphemeCluster.GetLength("a\u200D"));
    }

    /// <summary>The fast path gives the same answer as the full rules.</summary>
    [Fact]
    public void FastPathAgreesWithSlowPath()
    {
        // Every pair of a character below U+0300 with one of a few interesting followers.
        var followers = new[] { 'a', '\r', '\n', '\u00AD', '\u0300', '\u200D', '\u0903', '\uD83D', '\uFE0F' };
        foreach (var follower in followers)
        {
            for (var c = 0; c < 0x300; c++)
            {
                var text = new string([(char)c, follower]);
                var expected = GraphemeCluster.GetLengthSlow(text);
                Assert.True(expected == GraphemeCluster.GetLength(text), $"U+{c:X4} U+{(int)follower:X4}");
            }
        }
    }

    /// <summary>Emoji sequences as grapheme clusters (GB9, GB11, GB12/13).</summary>
    [Theory]
    [InlineData("👨‍👩‍👧", 8)]
    [InlineData("👍🏽", 4)]
    [InlineData("🇯🇵", 4)]
    [InlineData("🇯🇵🇺🇸", 4)]
    [InlineData("🇯🇵🇺", 4)]
    [InlineData("1️⃣", 3)]
    [InlineData("🏴󠁧󠁢󠁳󠁣󠁴󠁿", 14)]
    [InlineData("❤️‍🔥", 5)]
    [InlineData("a\u200D👍", 2)]
    public void EmojiClusters(string text, int expected)
    {
        Assert.Equal(expected, GraphemeCluster.GetLength(text));
    }

    /// <summary>The property lookups.</summary>
    [Fact]
    public void Properties()
    {
        Assert.True(GraphemeCluster.IsExtendedPictographic(0x1F600));
        Assert.True(GraphemeCluster.IsExtendedPictographic(0x00A9));
        Assert.True(GraphemeCluster.IsExtendedPictographic(0x1FFFD)); // reserved, but Extended_Pictographic
        Assert.False(GraphemeCluster.IsExtendedPictographic('a'));
        Assert.False(GraphemeCluster.IsExtendedPictographic(0x1F1E6)); // regional indicators are not
        Assert.False(GraphemeCluster.IsExtendedPictographic(-1));
        Assert.False(GraphemeCluster.IsExtendedPictographic(0x110000));
        Assert.Equal(GraphemeBreakProperty.Extend, GraphemeCluster.GetProperty(0x0301));
        Assert.Equal(GraphemeBreakProperty.Zwj, GraphemeCluster.GetProperty(0x200D));
        Assert.Equal(GraphemeBreakProperty.RegionalIndicator, GraphemeCluster.GetProperty(0x1F1E6));
        Assert.Equal(GraphemeBreakProperty.LV, GraphemeCluster.GetProperty(0xAC00));
        Assert.Equal(GraphemeBreakProperty.Lvt, GraphemeCluster.GetProperty(0xAC01));
        Assert.Equal(GraphemeBreakProperty.Control, GraphemeCluster.GetProperty(0xE0001));
        Assert.Equal(GraphemeBreakProperty.Other, GraphemeCluster.GetProperty(0x10FFFF));
        Assert.Equal(GraphemeBreakProperty.Other, GraphemeCluster.GetProperty(-5));
    }

    /// <summary>Agrees with .NET StringInfo on mixed text.</summary>
    [Fact]
    public void AgreesWithStringInfoOnMixedText()
    {
        // .NET's own segmentation may lag a Unicode version; use text whose rules have not changed recently.
        const string text = "Héllo, wörld! 👋🏽 Ça va? 한국어 e\u0301\u0323 🇫🇷🇩🇪 👩‍💻 \r\n Ω≈ç√ 1️⃣";
        var expected = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            expected.Add((string)enumerator.Current);
        }

        Assert.Equal(expected, Split(text));
    }

    private static List<string> Split(string text)
    {
        var clusters = new List<string>();
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var length = GraphemeCluster.GetLength(rest);
            if (length <= 0 || length > rest.Length)
            {
                throw new InvalidOperationException($"GetLength returned {length} for {rest.Length} remaining code units");
            }

            clusters.Add(rest[..length].ToString());
            rest = rest[length..];
        }

        return clusters;
    }

    internal static (string Text, List<string> Clusters) ParseTestLine(string data)
    {
        var text = new StringBuilder();
        var clusters = new List<string>();
        var current = new StringBuilder();
        foreach (var token in data.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "÷":
                    if (current.Length > 0)
                    {
                        clusters.Add(current.ToString());
                        current.Clear();
                    }

                    break;
                case "×":
                    break;
                default:
                    var codePoint = int.Parse(token, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    var encoded = char.ConvertFromUtf32(codePoint);
                    text.Append(encoded);
                    current.Append(encoded);
                    break;
            }
        }

        if (current.Length > 0)
        {
            clusters.Add(current.ToString());
        }

        return (text.ToString(), clusters);
    }

    private static string Describe(List<string> clusters)
        => string.Join(" | ", clusters.Select(c => string.Join(" ", EnumerateCodePoints(c).Select(cp => cp.ToString("X4", CultureInfo.InvariantCulture)))));

    private static IEnumerable<int> EnumerateCodePoints(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            yield return rune.Value;
        }
    }
}
