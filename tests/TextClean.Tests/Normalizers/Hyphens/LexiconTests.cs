using TextClean.Normalizers.Hyphens;
using TextClean.Tests.Support;

namespace TextClean.Tests.Normalizers.Hyphens;

public sealed class LexiconTests
{
    private static readonly Lexicon English = Lexicon.English;

    [Theory]
    [InlineData("the")]
    [InlineData("information")]
    [InlineData("about")]
    [InlineData("cooperate")]
    [InlineData("machine")]
    [InlineData("learning")]
    [InlineData("a")]
    [InlineData("i")]
    public void KnowsCommonWords(string word)
    {
        Assert.True(English.Contains(word));
        Assert.InRange(English.Rank(word), 1, English.Count);
    }

    [Theory]
    [InlineData("xqzvbw")]
    [InlineData("infor")]
    [InlineData("mation")]
    [InlineData("wellknown")]
    [InlineData("")]
    [InlineData("don't")]
    [InlineData("hello world")]
    [InlineData("42")]
    public void RejectsNonWords(string word)
    {
        Assert.False(English.Contains(word));
        Assert.Equal(0, English.Rank(word));
    }

    [Fact]
    public void IgnoresCase()
    {
        int rank = English.Rank("information");
        Assert.Equal(rank, English.Rank("Information"));
        Assert.Equal(rank, English.Rank("INFORMATION"));
        Assert.Equal(rank, English.Rank("iNfOrMaTiOn"));
        Assert.True(English.Contains("Boston")); // a proper noun of the dictionary, lower-cased
        Assert.True(English.Contains("boston"));
    }

    [Fact]
    public void RanksByFrequency()
    {
        Assert.Equal(1, English.Rank("the"));
        Assert.True(English.Rank("about") < English.Rank("bout"));
        Assert.True(English.Rank("information") < English.Rank("formation"));
        Assert.True(English.Rank("and") < English.Rank("machine"));
        Assert.InRange(English.Count, 70_000, 80_000);
    }

    [Fact]
    public void TooLongWordIsUnknown() => Assert.False(English.Contains(new string('a', 1000)));

    [Fact]
    public void LoadsOnceAcrossThreads()
    {
        var seen = new Lexicon[8];
        Parallel.For(0, seen.Length, k => seen[k] = Lexicon.English);
        Assert.All(seen, lexicon => Assert.Same(English, lexicon));
    }

    [Fact]
    public void ContainsAndRankAllocateNothing()
    {
        long bytes = Allocation.QuietestRound(() =>
        {
            for (int k = 0; k < 100; k++)
            {
                _ = English.Contains("Information".AsSpan());
                _ = English.Rank("MACHINE".AsSpan());
                _ = English.Contains("xqzvbw".AsSpan());
            }
        });
        Assert.Equal(0, bytes);
    }
}
