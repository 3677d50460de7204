using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TextClean.Tests.Support;
using TextClean.Tests.Unicode;
using TextClean.Tokenization;
using TextClean.Unicode;

namespace TextClean.Tests.Tokenization;

/// <summary>What must hold for every input: real mail, Unicode's own test strings and random naughty text.</summary>
public sealed class TokenizerInvariantTests
{
    // Pieces that stress every rule: scripts, marks, emoji parts, joiners, surrogates, controls, URL and number syntax.
    private static readonly string[] Pieces =
    [
        "a", "Z", "word", "don't", "O'Neil", "e.g.", "U.S.", "Dr.", "state-of-the-art", "-", "--", "'", "’", ".", "...", ",", ":", ";",
        "!", "?", "!!!", "?!", "#", "@", "*", "$", "€", "%", "/", "(", ")", "<", ">", "=", "^", "_", "+", "0", "7", "1,234.56", "10:30",
        "2021-07-10", "1st", "3.5%", "$20", ":)", ":-(", "<3", ";)", "http://", "https://x.org", "www.", "example.com", ".com", "x@y.co",
        "#tag", "@user", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u200B", "\u00AD", "\u200D", "\u200C", "\uFE0F", "\uFE0E", "\u20E3",
        "\u0301", "\u0308", "é", "e\u0301", "ß", "Ж", "日本", "カタカナ", "ひら", "한국", "\u1100\u1161", "क्ष", "\u0915\u094D", "ि", "ไทย",
        "مرحبا", "עברית", "\u0600", "٣", "👍", "🏽", "👍🏽", "👨‍👩‍👧", "🇯", "🇵", "🇯🇵", "1️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "\U000E0067", "❤", "☺", "©", "™",
        "\uD800", "\uDC00", "\0", "\u0001", "\u007F", "\u2028", "\uFFFD", "\uFEFF", "555-123-4567", "(555) 123-4567", "+44 20 7946 0958",
        "<NUM>", "<NUM_1e3>", "<B>", ":thumbs_up:", ":+1:", ":", "<", ">",
    ];

    private static Arbitrary<string> NaughtyText() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    /// <summary>Random mixes of the pieces above: every invariant holds and nothing throws.</summary>
    [FsCheck.Xunit.Property(MaxTest = 3000)]
    public Property Random_text_keeps_every_invariant() =>
        Prop.ForAll(NaughtyText(), text =>
        {
            AssertInvariants(Tokenizer.Default, text);
            AssertInvariants(new Tokenizer(new TokenizerOptions { SplitHyphens = true, SplitContractions = true, SplitLettersFromDigits = true }), text);
            AssertInvariants(new Tokenizer(new TokenizerOptions { KeepNumbersWithLetters = true, RecognizeUrls = false, RecognizeEmoticons = false, RecognizeSocialTokens = false }), text);
        });

    /// <summary>Every SpamAssassin body: invariants hold, and the fast path agrees with the full scan token for token.</summary>
    [Fact]
    public void Real_mail_keeps_every_invariant_and_the_fast_path_agrees_with_the_full_scan()
    {
        foreach (var body in SpamAssassin.Bodies)
        {
            AssertInvariants(Tokenizer.Default, body);
        }
    }

    /// <summary>No token boundary falls inside a cluster of any line of Unicode's GraphemeBreakTest.txt, also with letters around it.</summary>
    [Fact]
    public void Tokens_never_split_a_grapheme_cluster_of_the_Unicode_test_data()
    {
        int lines = 0;
        foreach (var line in File.ReadLines(Support.TestData.PathOf("corpora/unicode/17.0/GraphemeBreakTest.txt")))
        {
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            var data = (hash < 0 ? line : line[..hash]).Trim();
            if (data.Length == 0)
            {
                continue;
            }

            var (text, _) = GraphemeClusterTests.ParseTestLine(data);
            lines++;
            foreach (var variant in new[] { text, "a" + text + "b", "1" + text + "!", "x " + text + " y" })
            {
                AssertInvariants(Tokenizer.Default, variant);
            }
        }

        Assert.True(lines > 700);
    }

    /// <summary>Once warmed up, tokenizing a real document allocates nothing.</summary>
    [Fact]
    public void Tokenizing_allocates_nothing()
    {
        var body = string.Concat(SpamAssassin.Bodies.Take(50));
        var tokenizer = Tokenizer.Default;
        int warm = tokenizer.CountTokens(body);
        int count = 0;
        long allocated = Allocation.QuietestRound(() => count = tokenizer.CountTokens(body));
        Assert.Equal(warm, count);
        Assert.True(count > 1000);
        Assert.Equal(0, allocated);
    }

    private static void AssertInvariants(Tokenizer tokenizer, string text)
    {
        var boundaries = ClusterBoundaries(text);
        var tokens = tokenizer.TokenizeToList(text);
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            if (!(token.Length > 0))
            {
                Assert.Fail($"empty token at {token.Start} in {Show(text)}");
            }
            if (!(token.Start >= previousEnd))
            {
                Assert.Fail($"token at {token.Start} overlaps the previous one in {Show(text)}");
            }
            if (!(token.End <= text.Length))
            {
                Assert.Fail($"token past the end in {Show(text)}");
            }
            if (!(boundaries[token.Start] && boundaries[token.End]))
            {
                Assert.Fail($"token {Show(token.GetString(text))} at {token.Start} splits a grapheme cluster in {Show(text)}");
            }

            // Nothing but separators is skipped between tokens.
            AssertOnlySeparators(text, previousEnd, token.Start);
            previousEnd = token.End;
        }

        AssertOnlySeparators(text, previousEnd, text.Length);
        AssertSameAsFullScan(tokenizer, text, tokens);
    }

    // The enumerator's fast path must give exactly what the general scanner gives.
    private static void AssertSameAsFullScan(Tokenizer tokenizer, string text, List<Token> tokens)
    {
        var modes = (ScanModes)typeof(Tokenizer).GetField("_modes", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(tokenizer)!;
        if ((modes & ScanModes.SplitContractions) != 0)
        {
            return;
        }

        var reference = new List<Token>();
        int i = 0;
        while ((i = TokenScanner.SkipSeparators(text, i)) < text.Length)
        {
            var token = TokenScanner.Scan(text, i, modes);
            reference.Add(token);
            i = token.End;
        }

        if (!reference.SequenceEqual(tokens))
        {
            int at = 0;
            while (at < Math.Min(reference.Count, tokens.Count) && reference[at] == tokens[at])
            {
                at++;
            }

            Assert.Fail($"fast path differs from the full scan at token {at}: full {Describe(text, reference, at)} vs fast {Describe(text, tokens, at)} in {Show(text[..Math.Min(text.Length, 200)])}");
        }
    }

    private static string Describe(string text, List<Token> tokens, int at) =>
        at < tokens.Count ? $"{tokens[at].Kind} {Show(tokens[at].GetString(text))} {tokens[at].Flags} @{tokens[at].Start}" : "(end)";

    private static void AssertOnlySeparators(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            int cp = char.IsSurrogate(text[k]) ? 0xFFFD : text[k];
            if (!(CharClass.IsSeparator(cp)))
            {
                Assert.Fail($"U+{(int)text[k]:X4} at {k} was skipped but is not a separator in {Show(text)}");
            }
        }
    }

    private static bool[] ClusterBoundaries(string text)
    {
        var boundaries = new bool[text.Length + 1];
        int k = 0;
        boundaries[0] = true;
        while (k < text.Length)
        {
            k += GraphemeCluster.GetLength(text.AsSpan(k));
            boundaries[k] = true;
        }

        return boundaries;
    }

    private static string Show(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            sb.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return sb.Append('"').ToString();
    }
}
