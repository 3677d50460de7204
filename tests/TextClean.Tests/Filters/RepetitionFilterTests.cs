using static TextClean.Tests.Filters.FilterTesting;

namespace TextClean.Tests.Filters;

/// <summary>The repetition filter: Gopher's duplicate lines, paragraphs and n-grams, both ways at each threshold.</summary>
public class RepetitionFilterTests
{
    [Fact]
    public void A_page_of_repeated_lines_is_rejected_by_default()
    {
        // Two lines, each written four times, and one other line: six of nine lines repeat an earlier one.
        var verdict = Rejects(Create("repetition"), Fixture("repeated.txt"), "repetition.max_duplicate_line_share");
        Assert.Equal(6.0 / 9, verdict.Value, 9);
        Assert.Equal(0.3, verdict.Limit);
    }

    [Theory]
    [InlineData("english.txt")]
    [InlineData("chinese.txt")]
    [InlineData("japanese.txt")]
    [InlineData("german.txt")]
    public void Natural_text_is_kept_by_default(string fixture) => Keeps(Create("repetition"), Fixture(fixture));

    [Fact]
    public void Duplicate_line_share_ignores_surrounding_white_space_and_blank_lines()
    {
        // Home, About us, Home (indented), Contact: one of four lines repeats.
        const string text = "Home\nAbout us\n\n   Home  \nContact";
        Keeps(Only("repetition", RepetitionOff, "max_duplicate_line_share=0.25"), text);
        var verdict = Rejects(Only("repetition", RepetitionOff, "max_duplicate_line_share=0.24"), text, "repetition.max_duplicate_line_share");
        Assert.Equal(0.25, verdict.Value, 9);
    }

    [Fact]
    public void Duplicate_paragraphs_are_whole_paragraphs()
    {
        // The same two lines appear in two paragraphs, but only the third paragraph repeats one exactly: one of four.
        const string text = "Sign in\nRegister\n\nSign in\nForgot your password?\n\nSign in\nRegister\n\nWe will never share your address.";
        Keeps(Only("repetition", RepetitionOff, "max_duplicate_paragraph_share=0.25"), text);
        var verdict = Rejects(Only("repetition", RepetitionOff, "max_duplicate_paragraph_share=0.2"), text, "repetition.max_duplicate_paragraph_share");
        Assert.Equal(0.25, verdict.Value, 9);
    }

    [Fact]
    public void Duplicate_line_chars_are_a_share_of_the_lines_characters()
    {
        const string repeated = "Subscribe to our newsletter";
        const string other = "The weather today is sunny with light winds.";
        string text = $"{repeated}\n{other}\n{repeated}\n";
        double share = (double)repeated.Length / (2 * repeated.Length + other.Length);
        Keeps(Only("repetition", RepetitionOff, FormattableString.Invariant($"max_duplicate_line_char_share={share + 0.001}")), text);
        var verdict = Rejects(Only("repetition", RepetitionOff, FormattableString.Invariant($"max_duplicate_line_char_share={share - 0.001}")), text, "repetition.max_duplicate_line_char_share");
        Assert.Equal(share, verdict.Value, 9);
    }

    [Fact]
    public void Duplicate_paragraph_chars_count_the_repeated_paragraph()
    {
        // Paragraph one (two lines of 11 characters) comes back as paragraph three; paragraph two has 18: 22 of 62 characters.
        const string text = "Latest news\nTop stories\n\nWeather and travel\n\nLatest news\nTop stories";
        Keeps(Only("repetition", RepetitionOff, "max_duplicate_paragraph_char_share=0.36"), text);
        var verdict = Rejects(Only("repetition", RepetitionOff, "max_duplicate_paragraph_char_share=0.35"), text, "repetition.max_duplicate_paragraph_char_share");
        Assert.Equal(22.0 / 62, verdict.Value, 9);
    }

    [Fact]
    public void Top_2gram_share_is_the_characters_of_the_most_frequent_bigram()
    {
        // "buy now" three times (6 letters each) of 38 letters in all.
        const string text = "buy now buy now buy now and get a free gift today";
        Keeps(Only("repetition", RepetitionOff, "max_top_2gram_share=0.48"), text);
        var verdict = Rejects(Only("repetition", RepetitionOff, "max_top_2gram_share=0.47"), text, "repetition.max_top_2gram_share");
        Assert.Equal(18.0 / 38, verdict.Value, 9);
    }

    [Fact]
    public void Top_3gram_and_4gram_shares()
    {
        // "click here now" (12 letters) three times of 58; each 4-gram occurs at most twice, the longest is
        // "click here now click" (17 letters).
        const string text = "click here now click here now click here now for your free prize winner";
        Assert.Equal(36.0 / 58, Rejects(Only("repetition", RepetitionOff, "max_top_3gram_share=0.6"), text, "repetition.max_top_3gram_share").Value, 9);
        Keeps(Only("repetition", RepetitionOff, "max_top_3gram_share=0.64"), text);
        Assert.Equal(34.0 / 58, Rejects(Only("repetition", RepetitionOff, "max_top_4gram_share=0.58"), text, "repetition.max_top_4gram_share").Value, 9);
        Keeps(Only("repetition", RepetitionOff, "max_top_4gram_share=0.59"), text);
    }

    [Fact]
    public void An_ngram_that_occurs_once_is_not_repetition()
    {
        // The one bigram covers every character, but it is not repeated.
        Keeps(Only("repetition", RepetitionOff, "max_top_2gram_share=0"), "hello world");
    }

    [Fact]
    public void Duplicate_5grams_cover_the_words_of_the_repeat()
    {
        // The second "the quick brown fox jumps" (21 letters) repeats the first; 51 letters in all.
        const string text = "the quick brown fox jumps over the quick brown fox jumps today";
        Keeps(Only("repetition", RepetitionOff, "max_duplicate_5gram_share=0.42"), text);
        var verdict = Rejects(Only("repetition", RepetitionOff, "max_duplicate_5gram_share=0.41"), text, "repetition.max_duplicate_5gram_share");
        Assert.Equal(21.0 / 51, verdict.Value, 9);

        // No 6-gram repeats.
        Keeps(Only("repetition", RepetitionOff, "max_duplicate_6gram_share=0"), text);
    }

    [Fact]
    public void Overlapping_duplicate_ngrams_count_each_word_once()
    {
        // Seven "ha": 5-grams at 1 and 2 repeat the one at 0 and together cover words 1 to 6, twelve of fourteen letters.
        const string text = "ha ha ha ha ha ha ha";
        var verdict = Rejects(Only("repetition", RepetitionOff, "max_duplicate_5gram_share=0.85"), text, "repetition.max_duplicate_5gram_share");
        Assert.Equal(12.0 / 14, verdict.Value, 9);
        Assert.Equal(1.0, Rejects(Only("repetition", RepetitionOff, "max_top_2gram_share=0.99"), text, "repetition.max_top_2gram_share").Value);
    }

    [Fact]
    public void A_repeated_sentence_is_judged_by_every_duplicate_ngram_rule()
    {
        // A ten-word sentence (50 letters) opens and closes an article. Every n-gram of 5 to 10 words inside the second copy
        // repeats one in the first, so all six duplicate shares are the same: the second copy's 50 letters of all letters.
        const string sentence = "the committee will publish its final report on the proposal";
        string text = $"{sentence}\n{Fixture("english.txt")}\n{sentence}";
        int letters = text.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Sum(w => w.Length);
        double share = 50.0 / letters;
        string[] lower = [.. Enumerable.Range(5, 5).Select(n => FormattableString.Invariant($"max_duplicate_{n}gram_share={share}"))];

        // Within the limits of 5 to 9, past the one of 10: the 10-gram rule still runs and rejects.
        var verdict = Rejects(
            Only("repetition", RepetitionOff, [.. lower, FormattableString.Invariant($"max_duplicate_10gram_share={share - 0.001}")]),
            text,
            "repetition.max_duplicate_10gram_share");
        Assert.Equal(share, verdict.Value, 9);
        Keeps(Only("repetition", RepetitionOff, [.. lower, FormattableString.Invariant($"max_duplicate_10gram_share={share}")]), text);
        Keeps(Create("repetition"), text);
    }

    [Fact]
    public void Rules_run_in_their_documented_order()
    {
        // Fails both the line rule and the 2-gram rule; the line rule is first.
        Rejects(Create("repetition"), "buy now\nbuy now\nbuy now", "repetition.max_duplicate_line_share");
        Rejects(Create("repetition", "max_duplicate_line_share=1", "max_duplicate_paragraph_share=1", "max_duplicate_line_char_share=1", "max_duplicate_paragraph_char_share=1"), "buy now\nbuy now\nbuy now", "repetition.max_top_2gram_share");
    }
}
