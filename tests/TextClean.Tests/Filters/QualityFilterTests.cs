using static TextClean.Tests.Filters.FilterTesting;

namespace TextClean.Tests.Filters;

/// <summary>The quality filter: each Gopher and C4 rule just inside and just outside its limit, and the defaults on scraped pages.</summary>
public class QualityFilterTests
{
    [Fact]
    public void Mean_word_length_is_measured_without_surrounding_punctuation()
    {
        // The 3, cat 3, sat 3, on 2, the 3, mat 3 ("mat." without its full stop): 17 / 6.
        const string text = "The cat sat on the mat.";
        Keeps(Only("quality", QualityOff, "min_mean_word_length=2.8"), text);
        var verdict = Rejects(Only("quality", QualityOff, "min_mean_word_length=2.9"), text, "quality.min_mean_word_length");
        Assert.Equal(17.0 / 6, verdict.Value, 9);
        Assert.Equal(2.9, verdict.Limit);
    }

    [Fact]
    public void Max_mean_word_length_rejects_long_words()
    {
        // 20 + 14 + 15 letters over three words.
        const string text = "Internationalization considerations notwithstanding.";
        Keeps(Only("quality", QualityOff, "max_mean_word_length=16.4"), text);
        var verdict = Rejects(Only("quality", QualityOff, "max_mean_word_length=16.3"), text, "quality.max_mean_word_length");
        Assert.Equal(49.0 / 3, verdict.Value, 9);
    }

    [Fact]
    public void Words_without_letters_or_digits_do_not_count_towards_mean_length()
    {
        // "-" and the emoji are words for the other rules but have no length: Great 5, news 4 over two words.
        const string text = "Great - news 🎉";
        var verdict = Rejects(Only("quality", QualityOff, "min_mean_word_length=5"), text, "quality.min_mean_word_length");
        Assert.Equal(4.5, verdict.Value, 9);
    }

    [Fact]
    public void Symbol_ratio_counts_words_with_a_hash()
    {
        // Ten words, one hashtag: 0.1, which is not more than 0.1.
        const string text = "Loving the new release #dotnet so much faster than before";
        Keeps(Only("quality", QualityOff, "max_symbol_word_ratio=0.1"), text);
        var verdict = Rejects(Only("quality", QualityOff, "max_symbol_word_ratio=0.09"), text, "quality.max_symbol_word_ratio");
        Assert.Equal(0.1, verdict.Value, 9);
        Assert.Equal("#", verdict.Detail);
    }

    [Theory]
    [InlineData("Well... I guess we will see what happens next time")]
    [InlineData("Well… I guess we will see what happens next time")]
    public void Symbol_ratio_counts_words_with_an_ellipsis(string text)
    {
        Keeps(Only("quality", QualityOff, "max_symbol_word_ratio=0.1"), text);
        var verdict = Rejects(Only("quality", QualityOff, "max_symbol_word_ratio=0.09"), text, "quality.max_symbol_word_ratio");
        Assert.Equal(0.1, verdict.Value, 9);
        Assert.Equal("...", verdict.Detail);
    }

    [Fact]
    public void Bullet_lines_are_list_items_not_rules_or_emphasis()
    {
        // "- eggs" and "- milk" are list items; "-----" and "*bold*" are not. Two of five lines.
        const string text = "Shopping list:\n- eggs\n- milk\n-----\n*bold* choices";
        Keeps(Only("quality", QualityOff, "max_bullet_lines=0.4"), text);
        var verdict = Rejects(Only("quality", QualityOff, "max_bullet_lines=0.39"), text, "quality.max_bullet_lines");
        Assert.Equal(0.4, verdict.Value, 9);
    }

    [Fact]
    public void A_navigation_menu_fails_the_bullet_rule_by_default()
    {
        // Twelve bullets and a copyright line; blank lines would not count.
        string menu = Fixture("navigation.txt");
        var verdict = Rejects(Create("quality"), menu, "quality.max_bullet_lines");
        Assert.Equal(12.0 / 13, verdict.Value, 9);
        Assert.Equal(0.9, verdict.Limit);
        Keeps(Only("quality", QualityOff, "max_bullet_lines=0.93"), menu);
    }

    [Fact]
    public void Ellipsis_lines_are_lines_that_trail_off()
    {
        const string text = "Top ten gadgets of the year...\nOur reviewers tested every one of them.\n\nClick here to read the full story.";
        Keeps(Only("quality", QualityOff, "max_ellipsis_lines=0.34"), text);
        var verdict = Rejects(Only("quality", QualityOff, "max_ellipsis_lines=0.33"), text, "quality.max_ellipsis_lines");
        Assert.Equal(1.0 / 3, verdict.Value, 9);
    }

    [Fact]
    public void Alpha_words_are_words_with_a_letter()
    {
        // Call, or, today of seven words.
        const string text = "Call 555 0100 or 555 0199 today";
        Keeps(Only("quality", QualityOff, "min_alpha_words=0.42"), text);
        var verdict = Rejects(Only("quality", QualityOff, "min_alpha_words=0.43"), text, "quality.min_alpha_words");
        Assert.Equal(3.0 / 7, verdict.Value, 9);
    }

    [Fact]
    public void Stop_words_are_gophers_eight_ignoring_case_and_punctuation()
    {
        // The, THE (with its comma) are Gopher stop words; for, out, in are not among the eight.
        const string text = "Tickets for The concert sold out in THE, first ten minutes";
        Keeps(Only("quality", QualityOff, "min_stop_words=2"), text);
        var verdict = Rejects(Only("quality", QualityOff, "min_stop_words=3"), text, "quality.min_stop_words");
        Assert.Equal(2, verdict.Value);
        Assert.Equal(3, verdict.Limit);

        // The Snowball English list also has for, out, in.
        Keeps(Only("quality", QualityOff, "min_stop_words=5", "stop_words=eng"), text);
        Assert.Equal(5, Rejects(Only("quality", QualityOff, "min_stop_words=6", "stop_words=eng"), text, "quality.min_stop_words").Value);
    }

    [Fact]
    public void German_text_needs_the_german_stop_word_list()
    {
        string german = Fixture("german.txt");
        Assert.Equal(0, Rejects(Create("quality"), german, "quality.min_stop_words").Value);
        Keeps(Create("quality", "stop_words=deu"), german);
    }

    [Fact]
    public void Lines_without_terminal_punctuation_are_measured_when_turned_on()
    {
        // "Opening hours" and "Call us: 555 0100" end without terminal punctuation; a closing quote counts as one.
        const string text = "Opening hours\nMonday to Friday, 9am to 5pm.\nClosed on public holidays!\nCall us: 555 0100\nHe said “we are open.”";
        Keeps(Create("quality", [.. QualityOff]), text);
        Keeps(Only("quality", QualityOff, "max_lines_without_terminal_punctuation=0.4"), text);
        var verdict = Rejects(Only("quality", QualityOff, "max_lines_without_terminal_punctuation=0.39"), text, "quality.max_lines_without_terminal_punctuation");
        Assert.Equal(0.4, verdict.Value, 9);
    }

    [Fact]
    public void Lorem_ipsum_is_rejected_in_any_case_unless_turned_off()
    {
        string page = Fixture("lorem.txt");
        Rejects(Create("quality"), page, "quality.reject_lorem_ipsum");
        Rejects(Create("quality"), "Draft text: LOREM IPSUM dolor sit amet, to be replaced with the copy for the home page.", "quality.reject_lorem_ipsum");
        Keeps(Create("quality", "reject_lorem_ipsum=false"), page);
    }

    [Fact]
    public void Curly_braces_mean_code()
    {
        string code = Fixture("code.txt");
        var verdict = Rejects(Create("quality"), code, "quality.reject_curly_braces");
        Assert.Equal(1, verdict.Value);
        var kept = Verdict(Create("quality", "reject_curly_braces=false"), code, out _);
        Assert.NotEqual("quality.reject_curly_braces", kept.Rule);
    }

    [Fact]
    public void Defaults_keep_a_news_article_and_reject_a_tweet_for_its_stop_words()
    {
        var filter = Create("quality");
        Keeps(filter, Fixture("english.txt"));

        // Only "to" of Gopher's eight.
        var verdict = Rejects(filter, Fixture("tweet.txt"), "quality.min_stop_words");
        Assert.Equal(1, verdict.Value);
    }

    [Theory]
    [InlineData("chinese.txt")]
    [InlineData("japanese.txt")]
    public void Word_rules_do_not_apply_to_scripts_without_spaces(string fixture)
    {
        // A whitespace "word" here is a whole sentence (far over ten characters) and there is no English stop word:
        // with the word rules applied the text would fail; it passes the defaults.
        string text = Fixture(fixture);
        Keeps(Create("quality"), text);
        Assert.True(text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Average(w => w.Length) > 10);
    }

    [Fact]
    public void Line_rules_still_apply_to_scripts_without_spaces()
    {
        const string menu = "• 首页\n• 新闻\n• 体育\n• 财经\n• 科技";
        Assert.Equal(1, Rejects(Create("quality"), menu, "quality.max_bullet_lines").Value);
    }
}
