using TextClean.Filters;
using TextClean.Tests.Support;
using static TextClean.Tests.Filters.FilterTesting;

namespace TextClean.Tests.Filters;

/// <summary>
/// The filters' defaults on the SpamAssassin bodies (3,900 easy ham, 250 hard ham written as HTML, 1,896 spam): keep rates in
/// the measured range, rejections for the expected reasons, and the same verdicts from many threads as from one.
/// </summary>
public class FilterCorpusTests
{
    private static IReadOnlyList<(string Group, string Text)> Messages => SpamAssassin.Messages;

    [Fact]
    public void Length_rejects_only_short_bodies()
    {
        // Measured 86.4%: only short replies and one-line notes are under 50 words; no body is over a limit.
        var verdicts = Run(Create("length"));
        Assert.InRange(KeepRate(verdicts), 0.80, 0.92);
        foreach (var (kept, verdict) in verdicts.Where(v => !v.Kept))
        {
            Assert.Equal("length.min_words", verdict.Rule);
            Assert.InRange(verdict.Value, 0, 49);
        }
    }

    [Fact]
    public void Quality_rejects_html_and_code_for_their_words_and_braces()
    {
        // Measured 76.5% overall; the HTML bodies of hard ham fail most often (tags and attributes are long "words").
        var verdicts = Run(Create("quality"));
        Assert.InRange(KeepRate(verdicts), 0.68, 0.85);
        Assert.True(KeepRate(verdicts, "hard-ham") < KeepRate(verdicts, "easy-ham") - 0.3);

        var hardHamReasons = Reasons(verdicts, "hard-ham");
        Assert.Equal("quality.max_mean_word_length", hardHamReasons.MaxBy(r => r.Value).Key);

        for (int i = 0; i < Messages.Count; i++)
        {
            var verdict = verdicts[i].Verdict;
            switch (verdict.Rule)
            {
                case "quality.reject_curly_braces":
                    Assert.Equal(Messages[i].Text.Count(c => c == '{'), verdict.Value);
                    break;
                case "quality.max_mean_word_length":
                    Assert.True(verdict.Value > 10);
                    break;
                case "quality.min_stop_words":
                    Assert.InRange(verdict.Value, 0, 1);
                    break;
                case "quality.min_alpha_words":
                    Assert.InRange(verdict.Value, 0, 0.8);
                    break;
            }
        }

        // Gopher's rules alone reject in each of their ways on real mail.
        Assert.Contains("quality.min_alpha_words", Reasons(verdicts).Keys);
        Assert.Contains("quality.min_stop_words", Reasons(verdicts).Keys);
        Assert.Contains("quality.max_symbol_word_ratio", Reasons(verdicts).Keys);
    }

    [Fact]
    public void Repetition_rejects_templated_html_and_spam_more_than_conversation()
    {
        // Measured 89.2%: easy ham 96.7%, spam 78.8%, hard ham 50.4% (repeated table rows and tags).
        var verdicts = Run(Create("repetition"));
        Assert.InRange(KeepRate(verdicts), 0.82, 0.95);
        Assert.InRange(KeepRate(verdicts, "easy-ham"), 0.92, 1);
        Assert.True(KeepRate(verdicts, "spam") < KeepRate(verdicts, "easy-ham"));
        Assert.True(KeepRate(verdicts, "hard-ham") < KeepRate(verdicts, "spam"));
        Assert.Equal("repetition.max_duplicate_line_share", Reasons(verdicts).MaxBy(r => r.Value).Key);
        Assert.All(verdicts.Where(v => !v.Kept), v => Assert.True(v.Verdict.Value > v.Verdict.Limit));
    }

    [Fact]
    public void Language_labels_the_mail_as_english()
    {
        // Measured 99.2% English; the rest are a few mails in other languages and English mails quoting them.
        var verdicts = Run(Create("language", "keep=eng"));
        Assert.InRange(KeepRate(verdicts), 0.97, 1);
        Assert.All(verdicts.Where(v => v.Kept), v => Assert.Equal("eng", v.Verdict.Detail));
        Assert.All(verdicts.Where(v => !v.Kept), v => Assert.NotEqual("eng", v.Verdict.Detail));
    }

    [Theory]
    [InlineData("length")]
    [InlineData("quality")]
    [InlineData("repetition")]
    [InlineData("language")]
    public void Many_threads_give_the_same_verdicts_as_one(string name)
    {
        var filter = Create(name);
        var sequential = Run(filter);
        var parallel = new (bool Kept, FilterVerdict Verdict)[Messages.Count];
        Parallel.For(0, Messages.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            bool kept = filter.Keep(Messages[i].Text, out var verdict);
            parallel[i] = (kept, verdict);
        });
        Assert.Equal(sequential, parallel);
    }

    private static (bool Kept, FilterVerdict Verdict)[] Run(DocumentFilter filter)
    {
        var verdicts = new (bool, FilterVerdict)[Messages.Count];
        for (int i = 0; i < verdicts.Length; i++)
        {
            bool kept = filter.Keep(Messages[i].Text, out var verdict);
            verdicts[i] = (kept, verdict);
        }

        return verdicts;
    }

    private static double KeepRate((bool Kept, FilterVerdict Verdict)[] verdicts, string? group = null)
    {
        var chosen = Enumerable.Range(0, verdicts.Length).Where(i => group is null || Messages[i].Group == group).ToList();
        return (double)chosen.Count(i => verdicts[i].Kept) / chosen.Count;
    }

    private static Dictionary<string, int> Reasons((bool Kept, FilterVerdict Verdict)[] verdicts, string? group = null) =>
        Enumerable.Range(0, verdicts.Length)
            .Where(i => !verdicts[i].Kept && (group is null || Messages[i].Group == group))
            .GroupBy(i => verdicts[i].Verdict.Rule)
            .ToDictionary(g => g.Key, g => g.Count());
}
