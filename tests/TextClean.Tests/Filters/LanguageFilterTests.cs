using static TextClean.Tests.Filters.FilterTesting;

namespace TextClean.Tests.Filters;

/// <summary>The language filter: labels, the keep list with macrolanguages, undetermined text, the score limit, the prefix.</summary>
public class LanguageFilterTests
{
    private const string Malay = "Kerajaan negeri akan membina lebih banyak rumah mampu milik untuk rakyat di kawasan bandar dalam tempoh lima tahun akan datang.";

    [Theory]
    [InlineData("english.txt", "eng")]
    [InlineData("german.txt", "deu")]
    [InlineData("chinese.txt", "cmn")]
    [InlineData("japanese.txt", "jpn")]
    public void An_empty_keep_list_keeps_everything_and_labels_it(string fixture, string language)
    {
        bool kept = Create("language").Keep(Fixture(fixture), out var verdict);
        Assert.True(kept);
        Assert.Equal(language, verdict.Detail);
        Assert.Equal("language.keep", verdict.Rule);
        Assert.InRange(verdict.Value, 0.5, 1);
    }

    [Fact]
    public void Keep_rejects_other_languages_and_names_the_one_found()
    {
        var english = Create("language", "keep=eng");
        Keeps(english, Fixture("english.txt"));
        var verdict = Rejects(english, Fixture("german.txt"), "language.keep");
        Assert.Equal("deu", verdict.Detail);
        Keeps(Create("language", "keep=eng,deu"), Fixture("german.txt"));
    }

    [Fact]
    public void A_macrolanguage_keeps_its_individual_languages()
    {
        var malay = Create("language", "keep=msa");
        Assert.True(malay.Keep(Malay, out var verdict));
        Assert.Contains(verdict.Detail, new[] { "zlm", "ind" });
        Assert.Equal(verdict.Detail, Rejects(Create("language", "keep=eng"), Malay, "language.keep").Detail);

        Keeps(Create("language", "keep=zho"), Fixture("chinese.txt"));
        Assert.Equal("jpn", Rejects(Create("language", "keep=zho"), Fixture("japanese.txt"), "language.keep").Detail);
    }

    [Fact]
    public void Undetermined_text_is_rejected_unless_kept()
    {
        const string text = "12345 -- 678 !!";
        var verdict = Rejects(Create("language", "keep=eng"), text, "language.keep_undetermined");
        Assert.Equal("und", verdict.Detail);
        Keeps(Create("language", "keep=eng", "keep_undetermined=true"), text);
        Assert.True(Create("language").Keep(text, out var label));
        Assert.Equal("und", label.Detail);
    }

    [Fact]
    public void Min_score_rejects_an_uncertain_answer_at_the_measured_score()
    {
        // Two words shared by Spanish and Portuguese: the identifier answers, but not with certainty.
        const string text = "casa bonita";
        Assert.True(Create("language").Keep(text, out var label));
        double score = label.Value;
        Assert.InRange(score, 0.3, 0.99);
        string language = label.Detail!;

        Keeps(Create("language", $"keep={language}", FormattableString.Invariant($"min_score={score - 0.001}")), text);
        var verdict = Rejects(Create("language", $"keep={language}", FormattableString.Invariant($"min_score={score + 0.001}")), text, "language.min_score");
        Assert.Equal(score, verdict.Value, 6);
        Assert.Equal(language, verdict.Detail);
        Keeps(Create("language", $"keep={language}", FormattableString.Invariant($"min_score={score + 0.001}"), "keep_undetermined=true"), text);
    }

    [Fact]
    public void Only_the_first_max_chars_are_identified()
    {
        const string english = "The council voted on Tuesday to extend the bike path.";
        string text = english + "\n" + Fixture("german.txt");
        Assert.True(Create("language", "max_chars=0").Keep(text, out var whole));
        Assert.Equal("deu", whole.Detail);
        Assert.True(Create("language", FormattableString.Invariant($"max_chars={english.Length}")).Keep(text, out var prefix));
        Assert.Equal("eng", prefix.Detail);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        // The cut at 3 would fall inside the emoji; the filter identifies "ab" and answers undetermined.
        Assert.True(Create("language", "max_chars=3").Keep("ab😀 the weather is fine today", out var verdict));
        Assert.Equal("und", verdict.Detail);
    }
}
