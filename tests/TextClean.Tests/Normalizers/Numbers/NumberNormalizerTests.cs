using TextClean.Tests.Support;
using System.Text;
using TextClean.Normalizers.Numbers;
using TextClean.Tokenization;

namespace TextClean.Tests.Normalizers.Numbers;

public sealed class NumberNormalizerTests
{
    private const string Sentence =
        "Pay $1,200 (3.5% fee) by 2021-07-10 at 10:30, call 555-123-4567, the 2nd of 3 offers, -5°C, ٣٤٥";

    private static readonly NumberOptions Keep = new() { Policy = NumberPolicy.Keep };
    private static readonly NumberOptions Mask = new() { Policy = NumberPolicy.Mask };
    private static readonly NumberOptions Shape = new() { Policy = NumberPolicy.Shape };
    private static readonly NumberOptions Bucket = new() { Policy = NumberPolicy.Bucket };
    private static readonly NumberOptions Remove = new() { Policy = NumberPolicy.Remove };

    private static NumberOptions OptionsFor(string policy, PhonePolicy phones = PhonePolicy.Mask, int bucketBase = 10) => new()
    {
        Policy = Enum.Parse<NumberPolicy>(policy),
        Phones = phones,
        BucketBase = bucketBase,
    };

    /// <summary>Each number token of <paramref name="text"/> (through the real tokenizer) with its output.</summary>
    private static List<(string Token, string Output)> NumberOutputs(string text, NumberOptions options)
    {
        var result = new List<(string, string)>();
        foreach (var token in Tokenizer.Default.Tokenize(text))
        {
            if (token.Kind == TokenKind.Number)
            {
                result.Add((token.GetString(text), NumberNormalizer.Normalize(token.GetText(text), token.Flags, options)));
            }
        }

        return result;
    }

    /// <summary>Replaces every number token of <paramref name="text"/> by its output, keeping the text between tokens.</summary>
    private static string Apply(string text, NumberOptions options)
    {
        var builder = new StringBuilder();
        int at = 0;
        foreach (var token in Tokenizer.Default.Tokenize(text))
        {
            if (token.Kind != TokenKind.Number)
            {
                continue;
            }

            builder.Append(text, at, token.Start - at);
            builder.Append(NumberNormalizer.Normalize(token.GetText(text), token.Flags, options));
            at = token.End;
        }

        return builder.Append(text, at, text.Length - at).ToString();
    }

    private static void AssertOutputs(string text, NumberOptions options, params (string Token, string Output)[] expected) =>
        Assert.Equal(expected, NumberOutputs(text, options));

    // ---- every policy on real tokens ------------------------------------------------------------------------------

    [Fact]
    public void SentenceKeep() => AssertOutputs(
        Sentence,
        new NumberOptions { Policy = NumberPolicy.Keep, Phones = PhonePolicy.Keep },
        ("$1,200", "$1,200"), ("3.5%", "3.5%"), ("2021-07-10", "2021-07-10"), ("10:30", "10:30"),
        ("555-123-4567", "555-123-4567"), ("2nd", "2nd"), ("3", "3"), ("-5", "-5"), ("٣٤٥", "٣٤٥"));

    [Fact]
    public void SentenceMask() => AssertOutputs(
        Sentence,
        Mask,
        ("$1,200", "<MONEY>"), ("3.5%", "<PERCENT>"), ("2021-07-10", "<DATE>"), ("10:30", "<TIME>"),
        ("555-123-4567", "<PHONE>"), ("2nd", "<ORDINAL>"), ("3", "<NUM>"), ("-5", "<NUM>"), ("٣٤٥", "<NUM>"));

    [Fact]
    public void SentenceShape() => AssertOutputs(
        Sentence,
        Shape,
        ("$1,200", "$0,000"), ("3.5%", "0.0%"), ("2021-07-10", "0000-00-00"), ("10:30", "00:00"),
        ("555-123-4567", "<PHONE>"), ("2nd", "0nd"), ("3", "0"), ("-5", "-0"), ("٣٤٥", "000"));

    [Fact]
    public void SentenceBucket() => AssertOutputs(
        Sentence,
        Bucket,
        ("$1,200", "<MONEY_1e3>"), ("3.5%", "<PERCENT_1e0>"), ("2021-07-10", "<DATE>"), ("10:30", "<TIME>"),
        ("555-123-4567", "<PHONE>"), ("2nd", "<ORDINAL_1e0>"), ("3", "<NUM_1e0>"), ("-5", "<NUM_neg1e0>"), ("٣٤٥", "<NUM_1e2>"));

    [Fact]
    public void SentenceRemove() => AssertOutputs(
        Sentence,
        new NumberOptions { Policy = NumberPolicy.Remove, Phones = PhonePolicy.Remove },
        ("$1,200", ""), ("3.5%", ""), ("2021-07-10", ""), ("10:30", ""),
        ("555-123-4567", ""), ("2nd", ""), ("3", ""), ("-5", ""), ("٣٤٥", ""));

    [Fact]
    public void SentenceWhole()
    {
        Assert.Equal(
            "Pay <MONEY> (<PERCENT> fee) by <DATE> at <TIME>, call <PHONE>, the <ORDINAL> of <NUM> offers, <NUM>°C, <NUM>",
            Apply(Sentence, NumberOptions.Default));
        Assert.Equal(
            "Pay $0,000 (0.0% fee) by 0000-00-00 at 00:00, call <PHONE>, the 0nd of 0 offers, -0°C, 000",
            Apply(Sentence, Shape));
    }

    [Fact]
    public void TokenizerCaseNumbers()
    {
        const string Numbers = "1,234.56 3.5 -5 2nd 10:30 2021-07-10 1/2";
        AssertOutputs(
            Numbers,
            Mask,
            ("1,234.56", "<NUM>"), ("3.5", "<NUM>"), ("-5", "<NUM>"), ("2nd", "<ORDINAL>"), ("10:30", "<TIME>"),
            ("2021-07-10", "<DATE>"), ("1/2", "<NUM>"));
        AssertOutputs(
            Numbers,
            Bucket,
            ("1,234.56", "<NUM_1e3>"), ("3.5", "<NUM_1e0>"), ("-5", "<NUM_neg1e0>"), ("2nd", "<ORDINAL_1e0>"), ("10:30", "<TIME>"),
            ("2021-07-10", "<DATE>"), ("1/2", "<NUM_1e-1>"));
        AssertOutputs(
            Numbers,
            Shape,
            ("1,234.56", "0,000.00"), ("3.5", "0.0"), ("-5", "-0"), ("2nd", "0nd"), ("10:30", "00:00"),
            ("2021-07-10", "0000-00-00"), ("1/2", "0/0"));
    }

    [Fact]
    public void TokenizerCaseMoneyAndPercent()
    {
        const string Money = "$20, €1.200,50 and 3.5% or -3.5% vs 20€";
        AssertOutputs(
            Money,
            Mask,
            ("$20", "<MONEY>"), ("€1.200,50", "<MONEY>"), ("3.5%", "<PERCENT>"), ("-3.5%", "<PERCENT>"), ("20€", "<MONEY>"));
        AssertOutputs(
            Money,
            Bucket,
            ("$20", "<MONEY_1e1>"), ("€1.200,50", "<MONEY_1e3>"), ("3.5%", "<PERCENT_1e0>"), ("-3.5%", "<PERCENT_neg1e0>"),
            ("20€", "<MONEY_1e1>"));
        AssertOutputs(
            Money,
            Shape,
            ("$20", "$00"), ("€1.200,50", "€0.000,00"), ("3.5%", "0.0%"), ("-3.5%", "-0.0%"), ("20€", "00€"));
    }

    [Fact]
    public void TokenizerCaseOrdinalsTimesDatesFractions()
    {
        const string Text = "The 21st of May, the 3rd, 4TH and 101st. at 5pm, 10:30am or 23:59:59 on 07/10/2021, 24/7";
        AssertOutputs(
            Text,
            Mask,
            ("21st", "<ORDINAL>"), ("3rd", "<ORDINAL>"), ("4TH", "<ORDINAL>"), ("101st", "<ORDINAL>"), ("5pm", "<TIME>"),
            ("10:30am", "<TIME>"), ("23:59:59", "<TIME>"), ("07/10/2021", "<DATE>"), ("24/7", "<NUM>"));
        AssertOutputs(
            Text,
            Bucket,
            ("21st", "<ORDINAL_1e1>"), ("3rd", "<ORDINAL_1e0>"), ("4TH", "<ORDINAL_1e0>"), ("101st", "<ORDINAL_1e2>"),
            ("5pm", "<TIME>"), ("10:30am", "<TIME>"), ("23:59:59", "<TIME>"), ("07/10/2021", "<DATE>"), ("24/7", "<NUM_1e0>"));
        AssertOutputs(
            Text,
            Shape,
            ("21st", "00st"), ("3rd", "0rd"), ("4TH", "0TH"), ("101st", "000st"), ("5pm", "0pm"),
            ("10:30am", "00:00am"), ("23:59:59", "00:00:00"), ("07/10/2021", "00/00/0000"), ("24/7", "00/0"));
    }

    [Theory]
    [InlineData("Keep", PhonePolicy.Keep, "555-123-4567", "(555) 123-4567", "+44 20 7946 0958")]
    [InlineData("Shape", PhonePolicy.Mask, "<PHONE>", "<PHONE>", "<PHONE>")]
    [InlineData("Bucket", PhonePolicy.Remove, "", "", "")]
    [InlineData("Remove", PhonePolicy.Keep, "555-123-4567", "(555) 123-4567", "+44 20 7946 0958")]
    public void PhonesFollowTheirOwnPolicy(string policy, PhonePolicy phones, string first, string second, string third) =>
        AssertOutputs(
            "call 555-123-4567 or (555) 123-4567 or +44 20 7946 0958 now",
            OptionsFor(policy, phones),
            ("555-123-4567", first), ("(555) 123-4567", second), ("+44 20 7946 0958", third));

    // ---- mask precedence --------------------------------------------------------------------------------------

    [Theory]
    [InlineData(TokenFlags.None, "<NUM>")]
    [InlineData(TokenFlags.HasSign, "<NUM>")]
    [InlineData(TokenFlags.Fraction, "<NUM>")]
    [InlineData(TokenFlags.Ordinal, "<ORDINAL>")]
    [InlineData(TokenFlags.Percent | TokenFlags.Ordinal, "<PERCENT>")]
    [InlineData(TokenFlags.Money | TokenFlags.Percent | TokenFlags.HasSign, "<MONEY>")]
    [InlineData(TokenFlags.Time | TokenFlags.Money, "<TIME>")]
    [InlineData(TokenFlags.Date | TokenFlags.Time | TokenFlags.Money, "<DATE>")]
    [InlineData(TokenFlags.Phone | TokenFlags.Date, "<PHONE>")]
    public void MaskPrecedence(TokenFlags flags, string expected)
    {
        Assert.Equal(expected, NumberNormalizer.Normalize("12", flags, Mask));
        Assert.Same(expected == "<PHONE>" ? NumberOptions.PhoneMask : string.IsInterned(expected),
            NumberNormalizer.Normalize("12", flags, Mask));
    }

    // ---- shape --------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("$1,234.56", "$0,000.00")]
    [InlineData("2nd", "0nd")]
    [InlineData("10:30", "00:00")]
    [InlineData("٣٤٥", "000")]
    [InlineData("١٢٫٥", "00٫0")]
    [InlineData("१२३", "000")] // Devanagari
    [InlineData("𝟙𝟚", "00")] // mathematical digits outside the BMP: two code units each, one '0'
    [InlineData("½", "½")] // a vulgar fraction is not a decimal digit
    [InlineData("²", "²")] // nor is a superscript
    [InlineData("\uD800", "\uD800")] // a lone surrogate is kept as is
    public void ShapeZeroesDecimalDigits(string token, string expected) =>
        Assert.Equal(expected, NumberNormalizer.Normalize(token, TokenFlags.None, Shape));

    // ---- bucket -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("1,234.56", TokenFlags.None, "<NUM_1e3>")]
    [InlineData("5", TokenFlags.None, "<NUM_1e0>")]
    [InlineData("0", TokenFlags.None, "<NUM_0>")]
    [InlineData("-0.00", TokenFlags.HasSign, "<NUM_0>")]
    [InlineData("-250", TokenFlags.HasSign, "<NUM_neg1e2>")]
    [InlineData("\u2212250", TokenFlags.HasSign, "<NUM_neg1e2>")]
    [InlineData("+250", TokenFlags.HasSign, "<NUM_1e2>")]
    [InlineData("$1,200", TokenFlags.Money, "<MONEY_1e3>")]
    [InlineData("-$1,200", TokenFlags.Money, "<MONEY_neg1e3>")]
    [InlineData("3.5%", TokenFlags.Percent, "<PERCENT_1e0>")]
    [InlineData("2‰", TokenFlags.Percent, "<PERCENT_1e0>")]
    [InlineData("1.234,56", TokenFlags.None, "<NUM_1e3>")]
    [InlineData("1.234.567,89", TokenFlags.None, "<NUM_1e6>")]
    [InlineData("1,234,567", TokenFlags.None, "<NUM_1e6>")]
    [InlineData("1.234.567", TokenFlags.None, "<NUM_1e6>")]
    [InlineData("1 234", TokenFlags.None, "<NUM_1e3>")]
    [InlineData("1\u00A0234\u00A0567", TokenFlags.None, "<NUM_1e6>")]
    [InlineData("1'234'567.5", TokenFlags.None, "<NUM_1e6>")]
    [InlineData("1,234", TokenFlags.None, "<NUM_1e3>")]
    [InlineData("1.234", TokenFlags.None, "<NUM_1e0>")] // invariant: a lone '.' is decimal ...
    [InlineData("€1.200", TokenFlags.Money, "<MONEY_1e3>")] // ... except before exactly 3 digits in money
    [InlineData("$1.20", TokenFlags.Money, "<MONEY_1e0>")]
    [InlineData("3,5", TokenFlags.None, "<NUM_1e0>")]
    [InlineData("1234,5678", TokenFlags.None, "<NUM_1e3>")]
    [InlineData("0,125", TokenFlags.None, "<NUM_1e-1>")]
    [InlineData("0.05", TokenFlags.None, "<NUM_1e-2>")]
    [InlineData("0.001", TokenFlags.None, "<NUM_1e-3>")]
    [InlineData("000123", TokenFlags.None, "<NUM_1e2>")]
    [InlineData("999.999", TokenFlags.None, "<NUM_1e2>")]
    [InlineData("1000", TokenFlags.None, "<NUM_1e3>")]
    [InlineData("١٢٫٥", TokenFlags.None, "<NUM_1e1>")]
    [InlineData("١٬٢٣٤", TokenFlags.None, "<NUM_1e3>")]
    [InlineData("𝟙𝟚𝟛", TokenFlags.None, "<NUM_1e2>")]
    [InlineData("101st", TokenFlags.Ordinal, "<ORDINAL_1e2>")]
    [InlineData("1/2", TokenFlags.Fraction, "<NUM_1e-1>")]
    [InlineData("1/1000", TokenFlags.Fraction, "<NUM_1e-3>")]
    [InlineData("24/7", TokenFlags.Fraction, "<NUM_1e0>")]
    [InlineData("1/0", TokenFlags.Fraction, "<NUM>")] // no value: the mask
    [InlineData("0/5", TokenFlags.Fraction, "<NUM_0>")]
    [InlineData("1,2.3,4", TokenFlags.None, "<NUM>")] // two decimal separators
    [InlineData("1,,234", TokenFlags.None, "<NUM>")]
    [InlineData("1e5", TokenFlags.None, "<NUM>")]
    [InlineData("$", TokenFlags.Money, "<MONEY>")]
    [InlineData("2021-07-10", TokenFlags.Date, "<DATE>")]
    [InlineData("10:30", TokenFlags.Time, "<TIME>")]
    [InlineData("5pm", TokenFlags.Time, "<TIME>")]
    [InlineData("555-123-4567", TokenFlags.Phone, "<PHONE>")]
    public void BucketBase10(string token, TokenFlags flags, string expected) =>
        Assert.Equal(expected, NumberNormalizer.Normalize(token, flags, Bucket));

    [Theory]
    [InlineData("1024", 2, "<NUM_2pow10>")]
    [InlineData("1023", 2, "<NUM_2pow9>")]
    [InlineData("0.5", 2, "<NUM_2pow-1>")]
    [InlineData("-3", 2, "<NUM_neg2pow1>")]
    [InlineData("81", 3, "<NUM_3pow4>")]
    [InlineData("80", 3, "<NUM_3pow3>")]
    [InlineData("1,000,000", 1000, "<NUM_1000pow2>")]
    [InlineData("999,999", 1000, "<NUM_1000pow1>")]
    [InlineData("0", 2, "<NUM_0>")]
    public void BucketOtherBases(string token, int bucketBase, string expected) =>
        Assert.Equal(expected, NumberNormalizer.Normalize(token, TokenFlags.None, OptionsFor("Bucket", bucketBase: bucketBase)));

    [Fact]
    public void BucketOfHugeNumbers()
    {
        string huge = "1" + new string('0', 400);
        Assert.Equal("<NUM_1e400>", NumberNormalizer.Normalize(huge, TokenFlags.None, Bucket));
        Assert.Equal("<NUM>", NumberNormalizer.Normalize(huge, TokenFlags.None, OptionsFor("Bucket", bucketBase: 2)));
        Assert.Equal("<NUM_1e-401>", NumberNormalizer.Normalize("0." + new string('0', 400) + "1", TokenFlags.None, Bucket));
    }

    // ---- idempotence --------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Keep")]
    [InlineData("Mask")]
    [InlineData("Shape")]
    [InlineData("Remove")]
    public void PolicyIsIdempotentOnItsOutput(string policy)
    {
        var options = OptionsFor(policy);
        string once = Apply(Sentence, options);
        Assert.Equal(once, Apply(once, options));
    }

    [Fact]
    public void MasksAreNotNumberTokens()
    {
        foreach (string mask in new[]
        {
            NumberOptions.NumberMask, NumberOptions.MoneyMask, NumberOptions.PercentMask, NumberOptions.OrdinalMask,
            NumberOptions.DateMask, NumberOptions.TimeMask, NumberOptions.PhoneMask, "<NUM_1e3>", "<MONEY_1e-2>",
            "<NUM_neg1e2>", "<PERCENT_neg1e-2>", "<NUM_2pow10>", "<NUM_neg2pow-1>", "<NUM_0>",
        })
        {
            foreach (var token in Tokenizer.Default.Tokenize(mask))
            {
                Assert.NotEqual(TokenKind.Number, token.Kind);
            }
        }
    }

    [Fact]
    public void BucketIsIdempotent()
    {
        const string Text = "Pay $1,200 (3.5% fee) by 2021-07-10 at 10:30, the 2nd of 3 offers, 0.05 or 0 ٣٤٥, -250";
        string once = Apply(Text, Bucket);
        Assert.Equal(
            "Pay <MONEY_1e3> (<PERCENT_1e0> fee) by <DATE> at <TIME>, the <ORDINAL_1e0> of <NUM_1e0> offers, <NUM_1e-2> or <NUM_0> <NUM_1e2>, <NUM_neg1e2>",
            once);
        Assert.Equal(once, Apply(once, Bucket));
    }

    // ---- TryNormalize -------------------------------------------------------------------------------------------

    public static TheoryData<string, TokenFlags, string, string> BufferCases => new()
    {
        { "$1,234.56", TokenFlags.Money, "Keep", "$1,234.56" },
        { "$1,234.56", TokenFlags.Money, "Mask", "<MONEY>" },
        { "$1,234.56", TokenFlags.Money, "Shape", "$0,000.00" },
        { "𝟙𝟚", TokenFlags.None, "Shape", "00" },
        { "$1,234.56", TokenFlags.Money, "Bucket", "<MONEY_1e3>" },
        { "2021-07-10", TokenFlags.Date, "Bucket", "<DATE>" },
        { "-0.05", TokenFlags.HasSign, "Bucket", "<NUM_neg1e-2>" },
        { "555-123-4567", TokenFlags.Phone, "Keep", "<PHONE>" },
        { "5", TokenFlags.None, "Remove", "" },
    };

    [Theory]
    [MemberData(nameof(BufferCases))]
    public void TryNormalizeFailsCleanlyOnSmallBuffers(string token, TokenFlags flags, string policy, string expected)
    {
        var options = OptionsFor(policy);
        const char Sentinel = '#';
        const int Guard = 8;
        for (int size = 0; size <= expected.Length; size++)
        {
            char[] buffer = new char[size + Guard];
            Array.Fill(buffer, Sentinel);
            bool ok = NumberNormalizer.TryNormalize(token, flags, options, buffer.AsSpan(0, size), out int written);
            if (size < expected.Length)
            {
                Assert.False(ok);
                Assert.Equal(0, written);
                Assert.All(buffer, c => Assert.Equal(Sentinel, c));
            }
            else
            {
                Assert.True(ok);
                Assert.Equal(expected, new string(buffer, 0, written));
                Assert.All(buffer.Skip(size), c => Assert.Equal(Sentinel, c));
            }
        }
    }

    [Fact]
    public void TryNormalizeDoesNotAllocate()
    {
        var cases = new (string Token, TokenFlags Flags, NumberOptions Options)[]
        {
            ("$1,234.56", TokenFlags.Money, Keep),
            ("$1,234.56", TokenFlags.Money, Mask),
            ("$1,234.56", TokenFlags.Money, Shape),
            ("$1,234.56", TokenFlags.Money, Bucket),
            ("€1.200,50", TokenFlags.Money, Bucket),
            ("٣٤٥", TokenFlags.None, Bucket),
            ("24/7", TokenFlags.Fraction, Bucket),
            ("1024", TokenFlags.None, OptionsFor("Bucket", bucketBase: 2)),
            ("1e5", TokenFlags.None, Bucket),
            ("10:30", TokenFlags.Time, Bucket),
            ("555-123-4567", TokenFlags.Phone, Remove),
            ("5", TokenFlags.None, Remove),
        };
        char[] buffer = new char[64];
        foreach (var (token, flags, options) in cases)
        {
            Assert.True(NumberNormalizer.TryNormalize(token, flags, options, buffer, out _)); // warm up
            long allocated = Allocation.QuietestRound(() =>
            {
                for (int i = 0; i < 100; i++)
                {
                    _ = NumberNormalizer.TryNormalize(token, flags, options, buffer, out _);
                }
            });
            Assert.True(allocated == 0, $"{token} / {options.Policy}: {allocated} bytes");
        }
    }

    [Fact]
    public void NormalizeMatchesTryNormalize()
    {
        Span<char> buffer = stackalloc char[64];
        foreach (var options in new[] { Keep, Mask, Shape, Bucket, Remove })
        {
            foreach (var token in Tokenizer.Default.Tokenize(Sentence))
            {
                if (token.Kind != TokenKind.Number)
                {
                    continue;
                }

                var text = token.GetText(Sentence);
                Assert.True(NumberNormalizer.TryNormalize(text, token.Flags, options, buffer, out int written));
                Assert.Equal(buffer[..written].ToString(), NumberNormalizer.Normalize(text, token.Flags, options));
            }
        }
    }

    [Fact]
    public void NormalizeHandlesLongTokens()
    {
        string token = string.Concat(Enumerable.Repeat("123,", 200)) + "456";
        Assert.Equal(token.Replace('1', '0').Replace('2', '0').Replace('3', '0').Replace('4', '0').Replace('5', '0').Replace('6', '0'),
            NumberNormalizer.Normalize(token, TokenFlags.None, Shape));
        Assert.Equal("<NUM_1e602>", NumberNormalizer.Normalize(token, TokenFlags.None, Bucket));
    }

    // ---- options ------------------------------------------------------------------------------------------------

    [Fact]
    public void Defaults()
    {
        var options = new NumberOptions();
        Assert.Equal(NumberPolicy.Mask, options.Policy);
        Assert.Equal(PhonePolicy.Mask, options.Phones);
        Assert.Equal(10, options.BucketBase);
        Assert.Equal(NumberPolicy.Mask, NumberOptions.Default.Policy);
    }

    [Fact]
    public void InvalidArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NumberOptions { BucketBase = 1 });
        Assert.Throws<ArgumentNullException>(() => NumberNormalizer.Normalize("5", TokenFlags.None, null!));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => NumberNormalizer.Normalize("5", TokenFlags.None, new NumberOptions { Policy = (NumberPolicy)42 }));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => NumberNormalizer.Normalize("5", TokenFlags.Phone, new NumberOptions { Phones = (PhonePolicy)42 }));
    }
}
