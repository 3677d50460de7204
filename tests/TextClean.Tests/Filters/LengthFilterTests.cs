using static TextClean.Tests.Filters.FilterTesting;

namespace TextClean.Tests.Filters;

/// <summary>The length filter: tokenizer word counts and character limits, both ways at each threshold.</summary>
public class LengthFilterTests
{
    private const string Fox = "The quick brown fox jumps over the lazy dog.";

    [Fact]
    public void Words_are_tokenizer_words_not_numbers_urls_or_hashtags()
    {
        // It's, o'clock, see, the, schedule, at: the number, the URL and the hashtag are not words.
        const string text = "It's 5 o'clock, see the schedule at https://example.org/times #update";
        var verdict = Rejects(Create("length", "min_words=7"), text, "length.min_words");
        Assert.Equal(6, verdict.Value);
        Assert.Equal(7, verdict.Limit);
        Keeps(Create("length", "min_words=6"), text);
    }

    [Fact]
    public void Min_words_keeps_at_the_limit_and_rejects_above_it()
    {
        Keeps(Create("length", "min_words=9"), Fox);
        var verdict = Rejects(Create("length", "min_words=10"), Fox, "length.min_words");
        Assert.Equal(9, verdict.Value);
    }

    [Fact]
    public void Max_words_keeps_at_the_limit_and_rejects_below_it()
    {
        Keeps(Create("length", "min_words=0", "max_words=9"), Fox);
        var verdict = Rejects(Create("length", "min_words=0", "max_words=8"), Fox, "length.max_words");
        Assert.Equal(9, verdict.Value);
        Assert.Equal(8, verdict.Limit);
    }

    [Fact]
    public void Character_limits_come_first_and_count_utf16_code_units()
    {
        Assert.Equal(44, Fox.Length);
        Keeps(Create("length", "min_words=0", "min_chars=44", "max_chars=44"), Fox);
        Assert.Equal(44, Rejects(Create("length", "min_words=0", "min_chars=45"), Fox, "length.min_chars").Value);
        Assert.Equal(44, Rejects(Create("length", "min_words=0", "max_chars=43"), Fox, "length.max_chars").Value);

        // Both limits fail; the character rule is checked first.
        Rejects(Create("length", "min_words=100", "min_chars=100"), Fox, "length.min_chars");
    }

    [Fact]
    public void Each_han_ideograph_is_a_word()
    {
        // 我 们 今 天 去 北 京: seven words, where a whitespace split would see one.
        const string text = "我们今天去北京。";
        Assert.Equal(7, Rejects(Create("length", "min_words=8"), text, "length.min_words").Value);
        Keeps(Create("length", "min_words=7"), text);
    }

    [Fact]
    public void Defaults_reject_a_tweet_and_keep_an_article()
    {
        var filter = Create("length");
        var verdict = Rejects(filter, Fixture("tweet.txt"), "length.min_words");
        Assert.Equal(11, verdict.Value);
        Assert.Equal(50, verdict.Limit);
        Keeps(filter, Fixture("english.txt"));
        Keeps(filter, Fixture("chinese.txt"));
    }
}
