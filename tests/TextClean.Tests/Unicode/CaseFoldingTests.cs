using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TextClean.Tests.Support;
using TextClean.Unicode;

namespace TextClean.Tests.Unicode;

/// <summary>Tests of <see cref="CaseFolding"/> against Unicode 17.0 CaseFolding.txt.</summary>
public class CaseFoldingTests
{
    private const string DataFile = "corpora/unicode/17.0/CaseFolding.txt";

    /// <summary>The C and F lines of the committed CaseFolding.txt: code point → folded text.</summary>
    private static readonly Lazy<Dictionary<int, string>> Expected = new(ParseCaseFolding);

    /// <summary>Every C and F line of CaseFolding.txt folds exactly, through both overloads.</summary>
    [Fact]
    public void EveryCAndFLineFoldsExactly()
    {
        var failures = new List<string>();
        Span<char> buffer = stackalloc char[2 * CaseFolding.MaxExpansion];
        foreach (var (codePoint, folded) in Expected.Value)
        {
            var text = char.ConvertFromUtf32(codePoint);
            var written = CaseFolding.Fold(text, buffer);
            var viaString = CaseFolding.Fold(text);
            if (buffer[..written].ToString() != folded || viaString != folded || !CaseFolding.NeedsFolding(text))
            {
                failures.Add($"U+{codePoint:X4}: expected {Describe(folded)}, got {Describe(buffer[..written].ToString())} / {Describe(viaString)}");
            }
        }

        Assert.Equal(1585, Expected.Value.Count);
        Assert.True(failures.Count == 0, $"{failures.Count} foldings differ:\n" + string.Join("\n", failures.Take(50)));
    }

    /// <summary>Every other code point, and every lone surrogate, is left as it is.</summary>
    [Fact]
    public void CodePointsNotInTheFileAreUnchanged()
    {
        var failures = new List<string>();
        Span<char> text = stackalloc char[2];
        Span<char> buffer = stackalloc char[2 * CaseFolding.MaxExpansion];
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (Expected.Value.ContainsKey(codePoint))
            {
                continue;
            }

            // Surrogate code points stand for lone surrogates here.
            var length = codePoint > 0xFFFF ? new Rune(codePoint).EncodeToUtf16(text) : 1;
            if (codePoint <= 0xFFFF)
            {
                text[0] = (char)codePoint;
            }

            var source = text[..length];
            var written = CaseFolding.Fold(source, buffer);
            if (!buffer[..written].SequenceEqual(source) || CaseFolding.NeedsFolding(source))
            {
                failures.Add($"U+{codePoint:X4} -> {Describe(buffer[..written].ToString())}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} code points change:\n" + string.Join("\n", failures.Take(50)));
    }

    /// <summary><see cref="CaseFolding.MaxExpansion"/> is exactly the largest growth per input code unit in the data.</summary>
    [Fact]
    public void MaxExpansionMatchesTheData()
    {
        var max = Expected.Value.Max(p => (p.Value.Length + Utf16Length(p.Key) - 1) / Utf16Length(p.Key));
        Assert.Equal(CaseFolding.MaxExpansion, max);
    }

    [Theory]
    [InlineData("Straße", "strasse")]
    [InlineData("STRASSE", "strasse")]
    [InlineData("ẞ", "ss")]
    [InlineData("ﬁ", "fi")]
    [InlineData("ﬃ", "ffi")]
    [InlineData("ΣΑΣ", "σασ")]
    [InlineData("ς", "σ")]
    [InlineData("Σ", "σ")]
    [InlineData("σας", "σασ")]
    [InlineData("ΐ", "ι\u0308\u0301")]
    [InlineData("İstanbul", "i\u0307stanbul")]
    [InlineData("ISTANBUL", "istanbul")]
    [InlineData("ı", "ı")]
    [InlineData("ŉ", "ʼn")]
    [InlineData("K", "k")] // U+212A KELVIN SIGN
    [InlineData("ᾈ", "ἀι")]
    [InlineData("ＡＢＣ", "ａｂｃ")]
    [InlineData("ᏍᎦᏚᎩ", "ᏍᎦᏚᎩ")] // Cherokee capitals are the folded form
    [InlineData("ꮝꭶꮪꭹ", "ᏍᎦᏚᎩ")] // Cherokee small letters fold to capitals
    [InlineData("ᏸ", "Ᏸ")]
    [InlineData("\U00010400\U00010401 \U00010428", "\U00010428\U00010429 \U00010428")] // Deseret
    [InlineData("\U000104B0", "\U000104D8")] // Osage
    [InlineData("\U0001E900\U0001E921", "\U0001E922\U0001E943")] // Adlam
    [InlineData("\U00016E40", "\U00016E60")] // Medefaidrin
    [InlineData("Café ÀÉÎÕÜ", "café àéîõü")]
    [InlineData("ДОБРЫЙ день", "добрый день")]
    [InlineData("ԱԲԳ և", "աբգ եւ")]
    public void FoldsExamples(string input, string expected)
    {
        Assert.Equal(expected, CaseFolding.Fold(input));
        Assert.Equal(expected, FoldSpan(input));
        Assert.Equal(expected != input, CaseFolding.NeedsFolding(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("already folded ascii, 123 !?")]
    [InlineData("strasse σασ i\u0307 日本語 café")]
    [InlineData("👨‍👩‍👧 🏳️‍🌈 👍🏽 🇺🇸 1️⃣ ❤️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿")]
    [InlineData("🧑🏽‍🤝‍🧑🏻 👩‍❤️‍💋‍👨 🫠")]
    [InlineData("\U00010428 ᏍᎦ ı ʼn")]
    public void LeavesFoldedTextAndEmojiAsTheSameInstance(string text)
    {
        Assert.Same(text, CaseFolding.Fold(text));
        Assert.False(CaseFolding.NeedsFolding(text));
        Assert.Equal(text, FoldSpan(text));
    }

    /// <summary>Lone and reversed surrogates are copied; a valid pair after them still folds.</summary>
    /// <remarks>A fact, not a theory: xunit cannot serialize lone surrogates in theory data.</remarks>
    [Fact]
    public void LoneSurrogatesAreCopied()
    {
        Assert.Equal("\uD801", CaseFolding.Fold("\uD801"));
        Assert.Equal("\uDC00\uD801", CaseFolding.Fold("\uDC00\uD801"));
        Assert.Equal("a\uD801a\uDC00", CaseFolding.Fold("A\uD801A\uDC00"));
        Assert.Equal("\uD801\U00010428", CaseFolding.Fold("\uD801\U00010400"));
        Assert.Equal("\uDC00\U00010428\uD801", CaseFolding.Fold("\uDC00\U00010400\uD801"));
        Assert.False(CaseFolding.NeedsFolding("\uD801\uD801\uDC28"));
    }

    [Fact]
    public void DestinationMustHoldMaxExpansionTimesTheSource()
    {
        var source = "ß".AsSpan();
        Assert.Throws<ArgumentException>(() => CaseFolding.Fold("ab", new char[5]));
        Assert.Throws<ArgumentException>(() => CaseFolding.Fold("a", Span<char>.Empty));
        Assert.Equal(0, CaseFolding.Fold(ReadOnlySpan<char>.Empty, Span<char>.Empty));
        var destination = new char[3];
        Assert.Equal(2, CaseFolding.Fold(source, destination));
        Assert.Equal("ss", new string(destination, 0, 2));
        Assert.Throws<ArgumentNullException>(() => CaseFolding.Fold(null!));
    }

    /// <summary>Long mixed text (vectorized ASCII runs between non-ASCII) folds like the code point reference.</summary>
    [Fact]
    public void LongMixedTextMatchesTheReference()
    {
        var text = string.Concat(Enumerable.Repeat("The QUICK brown Fox — STRAẞE ΣΑΣ İ ﬁne \U00010400 ", 200));
        Assert.Equal(Reference(text), CaseFolding.Fold(text));
        Assert.Equal(Reference(text), FoldSpan(text));
    }

    [Fact]
    public void FoldsWithoutAllocating()
    {
        var mixed = string.Concat(Enumerable.Repeat("Hello WORLD Straße ΣΑΣ İ ﬁ \U00010400 👨‍👩‍👧 ", 50));
        var folded = CaseFolding.Fold(mixed);
        var destination = new char[mixed.Length * CaseFolding.MaxExpansion];
        string same = folded;
        var written = 0;
        var needs = false;
        void FoldAll()
        {
            written = CaseFolding.Fold(mixed, destination);
            needs = CaseFolding.NeedsFolding(mixed) & !CaseFolding.NeedsFolding(folded);
            same = CaseFolding.Fold(folded);
        }

        // Release tier-0 code of the folding loops allocates (~29 KB a round here; none with
        // DOTNET_TC_QuickJitForLoops=0 or in Debug), and tier-up waits for 30 calls and a quiet moment: warm up in
        // bursts until the optimized code runs. An allocation of the code itself never goes away, so it still fails.
        var allocated = long.MaxValue;
        for (var attempt = 0; attempt < 40 && allocated != 0; attempt++)
        {
            for (var i = 0; i < 50; i++)
            {
                FoldAll();
            }

            Thread.Sleep(25);
            allocated = Allocation.QuietestRound(FoldAll);
        }

        Assert.Equal(0, allocated);
        Assert.Equal(folded, new string(destination, 0, written));
        Assert.True(needs);
        Assert.Same(folded, same);
    }

    /// <summary>Every corpus body folds like the reference, and folding again changes nothing.</summary>
    [Fact]
    public void IsIdempotentAndMatchesTheReferenceOnTheCorpus()
    {
        Assert.True(SpamAssassin.Bodies.Count > 0);
        foreach (var body in SpamAssassin.Bodies)
        {
            var folded = CaseFolding.Fold(body);
            Assert.Equal(Reference(body), folded);
            Assert.Same(folded, CaseFolding.Fold(folded));
            Assert.Equal(!ReferenceEquals(folded, body), CaseFolding.NeedsFolding(body));
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property IsIdempotentOnRandomStrings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), text => CheckFold(text.Get));

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property IsIdempotentOnRandomCodePoints() =>
        Prop.ForAll(Gen.Choose(0, 0x10FFFF).Where(cp => cp is < 0xD800 or > 0xDFFF).ArrayOf().ToArbitrary(), codePoints =>
        {
            var text = new StringBuilder();
            foreach (var cp in codePoints)
            {
                text.Append(char.ConvertFromUtf32(cp));
            }

            CheckFold(text.ToString());
        });

    /// <summary>Strings built from the code points that fold (and their foldings), with ASCII and surrogate noise.</summary>
    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property IsIdempotentOnFoldingHeavyText() =>
        Prop.ForAll(Gen.Elements(Pieces.Value).ListOf().Select(parts => string.Concat(parts)).ToArbitrary(), CheckFold);

    private static readonly Lazy<string[]> Pieces = new(() =>
        [
            .. Expected.Value.Keys.Select(char.ConvertFromUtf32),
            .. Expected.Value.Values,
            "a", "Z", " ", "\uD801", "\uDC00", "👨‍👩‍👧", "\u0301",
        ]);

    private static void CheckFold(string text)
    {
        var folded = CaseFolding.Fold(text);
        Assert.Equal(Reference(text), folded);
        Assert.Equal(folded, FoldSpan(text));
        Assert.Same(folded, CaseFolding.Fold(folded));
        Assert.False(CaseFolding.NeedsFolding(folded));
        Assert.Equal(!ReferenceEquals(folded, text), CaseFolding.NeedsFolding(text));
        Assert.Equal(folded != text, CaseFolding.NeedsFolding(text));
    }

    private static string FoldSpan(string text)
    {
        var destination = new char[text.Length * CaseFolding.MaxExpansion];
        return new string(destination, 0, CaseFolding.Fold(text, destination));
    }

    /// <summary>Code point by code point lookup in the parsed file: the slow, obvious folding.</summary>
    private static string Reference(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                result.Append(Expected.Value.TryGetValue(codePoint, out var f) ? f : text.AsSpan(i, 2));
                i++;
            }
            else
            {
                result.Append(Expected.Value.TryGetValue(text[i], out var f) ? f : text[i].ToString());
            }
        }

        return result.ToString();
    }

    private static int Utf16Length(int codePoint) => codePoint > 0xFFFF ? 2 : 1;

    private static string Describe(string text) =>
        string.Join(" ", text.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));

    private static Dictionary<int, string> ParseCaseFolding()
    {
        var lines = File.ReadAllLines(Support.TestData.PathOf(DataFile));
        Assert.StartsWith("# CaseFolding-17.0.0.txt", lines[0], StringComparison.Ordinal);
        var folds = new Dictionary<int, string>();
        foreach (var line in lines)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var data = (hash < 0 ? line : line[..hash]).Trim();
            if (data.Length == 0)
            {
                continue;
            }

            var fields = data.Split(';', StringSplitOptions.TrimEntries);
            if (fields[1] is not ("C" or "F"))
            {
                Assert.Contains(fields[1], new[] { "S", "T" });
                continue;
            }

            var codePoint = int.Parse(fields[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var folded = string.Concat(fields[2].Split(' ').Select(
                cp => char.ConvertFromUtf32(int.Parse(cp, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
            folds.Add(codePoint, folded);
        }

        return folds;
    }
}
