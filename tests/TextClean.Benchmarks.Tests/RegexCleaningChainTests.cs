using TextClean.Bench;

namespace TextClean.Benchmarks.Tests;

public class RegexCleaningChainTests
{
    [Theory]
    [InlineData(
        "<p>Hi @bob, visit https://example.com/deal?id=1 or www.shop.com NOW!!!</p>",
        "hi <USER>, visit <URL> or <URL> now!")]
    [InlineData(
        "Save $1,200.50 &amp; get 15% off &mdash; mail john.doe@example.org??",
        "save <MONEY> & get <PERCENT> off — mail <EMAIL>?")]
    [InlineData(
        "  Call\n\n 555 1234\tbefore 5.30 pm?!?!  ",
        "call <NUM> <NUM> before <NUM> pm?!?!")]
    [InlineData("<b>A</b><i>B</i>", "a b")]
    [InlineData("", "")]
    public void Does_what_it_says(string input, string expected) => Assert.Equal(expected, RegexCleaningChain.Clean(input));

    [Fact]
    public void Cleans_a_real_spam_body()
    {
        var document = BenchmarkCorpus.TypicalDocument;
        string clean = RegexCleaningChain.Clean(document);
        Assert.NotEqual(document, clean);
        Assert.DoesNotMatch(@"\s\s|[\t\n\r]|\d|https?://|!!|\?\?", clean);

        // Upper case only in the placeholders.
        Assert.DoesNotMatch("[A-Z]", System.Text.RegularExpressions.Regex.Replace(clean, "<(URL|EMAIL|USER|MONEY|PERCENT|NUM)>", ""));
        Assert.Equal(clean.Trim(), clean);
    }
}
