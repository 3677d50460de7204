using TextClean.Languages;
using Xunit.Abstractions;

namespace TextClean.Tests.Languages;

/// <summary>
/// The built-in model on held-out snippets (corpora/langid/eval/snippets.tsv: cut from test documents the model never saw,
/// at about 20, 50 and 150 characters, 40 per language and length). Prints the accuracy table; asserts floors a little
/// under the measured figures, so a regression fails.
/// </summary>
public class BuiltInModelEvaluation(ITestOutputHelper output)
{
    private static readonly Lazy<List<(string Lang, int Length, string Text)>> Snippets = new(() =>
        [.. File.ReadLines(Path.Combine(Support.TestData.RepositoryRoot, "corpora", "langid", "eval", "snippets.tsv"))
            .Select(l => l.Split('\t')).Where(p => p.Length == 3 && p[1] != "length").Select(p => (p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p[2]))]);

    [Fact]
    public void The_model_knows_the_60_languages_by_their_iso_639_3_codes() =>
        Assert.Equal(LanguageInfo.All.Select(l => l.Code).Order(StringComparer.Ordinal), LanguageIdentifier.Default.Languages.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData(20, 0.92)]
    [InlineData(50, 0.97)]
    [InlineData(150, 0.985)]
    public void Mean_accuracy_over_languages_on_held_out_snippets(int length, double floor)
    {
        var identifier = LanguageIdentifier.Default;
        var perLanguage = Snippets.Value.Where(s => s.Length == length).GroupBy(s => s.Lang)
            .Select(g => (Lang: g.Key, Accuracy: g.Count(s => identifier.Identify(s.Text).Language == s.Lang) / (double)g.Count()))
            .OrderBy(p => p.Accuracy).ToList();
        foreach (var (lang, accuracy) in perLanguage.Take(10))
        {
            output.WriteLine($"{lang}: {accuracy:P1}");
        }

        double mean = perLanguage.Average(p => p.Accuracy);
        output.WriteLine($"mean at ~{length} chars: {mean:P2}");
        Assert.Equal(60, perLanguage.Count);
        Assert.True(mean >= floor, $"mean accuracy {mean:P2} at ~{length} characters is under {floor:P0}");
    }

    [Theory]
    [InlineData("Die Katze sitzt auf der Matte und schläft.", "deu", "deu")]
    [InlineData("Le chat dort sur le tapis depuis ce matin.", "fra", "fra")]
    [InlineData("مرحبا بكم في موقعنا الجديد", "arb", "ara")]
    [InlineData("这是一个测试句子", "cmn", "zho")]
    [InlineData("Jeg har ikke tid i dag, men kanskje i morgen.", "nob", "nor")]
    [InlineData("Ovo je lepo vreme za šetnju pored reke.", "srp", "hbs")] // Serbian in Latin script (ekavian)
    [InlineData("Ovo je lijepo vrijeme za šetnju pored rijeke.", "hrv", "hbs")] // Croatian (ijekavian)
    [InlineData("Ово је лепо време за шетњу поред реке.", "srp", "hbs")]
    public void Everyday_sentences_and_their_macrolanguages(string text, string expected, string macrolanguage)
    {
        var best = LanguageIdentifier.Default.Identify(text);
        Assert.Equal(expected, best.Language);
        Assert.Equal(macrolanguage, best.Macrolanguage);
    }
}
