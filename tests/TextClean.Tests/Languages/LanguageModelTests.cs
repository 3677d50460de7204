using TextClean.Languages;
using TextClean.Tests.Support;

namespace TextClean.Tests.Languages;

/// <summary>The identifier's mechanics on a small model trained here: script routing, undetermined answers, ranking, the file format.</summary>
public class LanguageModelTests
{
    private static readonly Lazy<LanguageIdentifier> Small = new(() => new LanguageIdentifier(Train()));

    [Theory]
    [InlineData("the weather is nice today and we are going out", "eng")]
    [InlineData("das Wetter ist heute schön und wir gehen hinaus", "deu")]
    [InlineData("el tiempo es bueno hoy y vamos a salir", "spa")]
    [InlineData("погода сегодня хорошая и мы идём гулять", "rus")]
    public void Naive_bayes_decides_among_languages_of_one_script(string text, string expected) =>
        Assert.Equal(expected, Small.Value.Identify(text).Language);

    [Theory]
    [InlineData("오늘 날씨가 좋네요", "kor")]
    [InlineData("今日はいい天気ですね", "jpn")]
    [InlineData("今天天气很好", "cmn")]
    [InlineData("วันนี้อากาศดี", "tha")]
    public void The_script_alone_settles_single_script_languages(string text, string expected)
    {
        var best = Small.Value.Identify(text);
        Assert.Equal(expected, best.Language);
        Assert.Equal(1f, best.Score);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345 !!! :-) 👍")]
    [InlineData("ok")]
    [InlineData("ქართული")] // Georgian: no language of this small model writes it
    public void Too_short_no_letters_or_an_unknown_script_is_undetermined(string text) =>
        Assert.Equal(LanguageIdentifier.Undetermined, Small.Value.Identify(text).Language);

    [Fact]
    public void Ranked_candidates_are_ordered_and_their_scores_are_probabilities()
    {
        var ranked = new LanguageScore[5];
        int count = Small.Value.Identify("we are going out today", ranked);

        Assert.Equal(3, count); // the three Latin-script languages of the model
        Assert.Equal("eng", ranked[0].Language);
        Assert.True(ranked[0].Score >= ranked[1].Score && ranked[1].Score >= ranked[2].Score);
        Assert.InRange(ranked.Take(count).Sum(r => r.Score), 0.999f, 1.001f);
    }

    [Fact]
    public void A_minimum_score_turns_an_unsure_answer_into_undetermined()
    {
        var strict = new LanguageIdentifier(Small.Value.Model) { MinimumScore = 0.999999f };
        Assert.Equal("und", strict.Identify("hoy").Language);
        Assert.Equal("eng", strict.Identify("the weather is nice today and we are going out for a walk in the park").Language);
    }

    [Fact]
    public void A_written_model_reads_back_to_the_same_answers()
    {
        using var stream = new MemoryStream();
        Small.Value.Model.Write(stream);
        stream.Position = 0;
        var again = new LanguageIdentifier(LanguageModel.Read(stream));

        Assert.Equal(Small.Value.Languages, again.Languages);
        foreach (string text in new[] { "the weather is nice", "das Wetter ist schön", "vamos a salir", "мы идём гулять" })
        {
            Assert.Equal(Small.Value.Identify(text).Language, again.Identify(text).Language);
            Assert.Equal(Small.Value.Identify(text).Score, again.Identify(text).Score, 2);
        }
    }

    [Fact]
    public void Identify_allocates_nothing()
    {
        var identifier = Small.Value;
        identifier.Identify("warm up the weather");
        long bytes = Allocation.QuietestRound(() =>
        {
            for (int i = 0; i < 100; i++)
            {
                identifier.Identify("das Wetter ist heute schön");
            }
        });
        Assert.Equal(0, bytes);
    }

    // A few sentences per language: enough to test the mechanics, not a real model.
    private static LanguageModel Train()
    {
        var builder = new LanguageModelBuilder(400);
        string[] english = ["the weather is nice today", "we are going out for a walk", "this is the best day of the year", "they were walking in the park with their dog"];
        string[] german = ["das Wetter ist heute schön", "wir gehen spazieren", "das ist der beste Tag des Jahres", "sie gingen mit ihrem Hund im Park spazieren"];
        string[] spanish = ["el tiempo es bueno hoy", "vamos a salir a caminar", "este es el mejor día del año", "caminaban por el parque con su perro"];
        string[] russian = ["погода сегодня хорошая", "мы идём гулять", "это лучший день в году", "они гуляли в парке с собакой"];
        foreach (var (code, lines) in new[] { ("eng", english), ("deu", german), ("spa", spanish), ("rus", russian), ("kor", ["오늘 날씨가 좋네요"]), ("jpn", ["今日はいい天気ですね"]), ("cmn", ["今天天气很好"]), ("tha", ["วันนี้อากาศดี"]) })
        {
            foreach (string line in lines)
            {
                builder.Add(code, line);
            }
        }

        return builder.Build();
    }
}
