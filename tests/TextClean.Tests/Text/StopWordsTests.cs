using TextClean.Tests.Support;
using TextClean.Text;

namespace TextClean.Tests.Text;

public sealed class StopWordsTests
{
    private static readonly StopWords English = StopWords.For("eng");

    [Fact]
    public void ShipsTheMajorLanguagesSorted()
    {
        string[] expected = ["dan", "deu", "eng", "fin", "fra", "hun", "ind", "ita", "nld", "nor", "por", "ron", "rus", "spa", "swe"];
        Assert.Equal(expected, StopWords.Languages);
    }

    [Fact]
    public void EveryLanguageLoadsAndIsNonEmpty()
    {
        foreach (string language in StopWords.Languages)
        {
            StopWords list = StopWords.For(language);
            Assert.Equal(language, list.Language);
            Assert.InRange(list.Count, 50, 400);
        }

        Assert.Equal(174, English.Count);
    }

    [Theory]
    [InlineData("the")]
    [InlineData("The")]
    [InlineData("THE")]
    [InlineData("a")]
    [InlineData("I")]
    [InlineData("yourselves")]
    [InlineData("don't")]
    [InlineData("Don’t")]
    [InlineData("DON’T")]
    [InlineData("i'm")]
    [InlineData("It’s")]
    [InlineData("let's")]
    [InlineData("cannot")]
    public void EnglishHasFunctionWordsAndContractions(string word) => Assert.True(English.Contains(word));

    [Theory]
    [InlineData("computer")]
    [InlineData("learning")]
    [InlineData("machine")]
    [InlineData("money")]
    [InlineData("dont")]
    [InlineData("don`t")]
    [InlineData("")]
    [InlineData("the ")]
    [InlineData("theeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee")]
    public void EnglishLacksContentWordsAndNearMisses(string word) => Assert.False(English.Contains(word));

    [Theory]
    [InlineData("deu", "Und", "Computer")]
    [InlineData("deu", "über", "lernen")]
    [InlineData("fra", "Des", "ordinateur")]
    [InlineData("fra", "Été", "apprentissage")]
    [InlineData("spa", "Porque", "computadora")]
    [InlineData("ita", "della", "macchina")]
    [InlineData("por", "não", "computador")]
    [InlineData("nld", "het", "computer")]
    [InlineData("swe", "och", "dator")]
    [InlineData("dan", "og", "computer")]
    [InlineData("nor", "ikkje", "datamaskin")]
    [InlineData("fin", "ja", "tietokone")]
    [InlineData("rus", "Было", "компьютер")]
    [InlineData("hun", "hogy", "számítógép")]
    [InlineData("ron", "pentru", "calculator")]
    [InlineData("ind", "yang", "komputer")]
    public void OtherLanguagesHaveTheirFunctionWords(string language, string stop, string content)
    {
        StopWords list = StopWords.For(language);
        Assert.True(list.Contains(stop), stop);
        Assert.False(list.Contains(content), content);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("english")]
    [InlineData("ENG")]
    [InlineData("xxx")]
    [InlineData("")]
    public void UnknownCodeNamesTheShippedCodes(string language)
    {
        var error = Assert.Throws<ArgumentException>(() => StopWords.For(language));
        Assert.Equal("language", error.ParamName);
        Assert.Contains($"'{language}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("dan, deu, eng, fin, fra, hun, ind, ita, nld, nor, por, ron, rus, spa, swe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadsOnceAcrossThreads()
    {
        var seen = new StopWords[8];
        Parallel.For(0, seen.Length, k => seen[k] = StopWords.For("deu"));
        Assert.All(seen, list => Assert.Same(seen[0], list));
    }

    [Fact]
    public void LoadReadsTypographicApostrophesAndCase()
    {
        StopWords list = StopWords.Load("tst", new StringReader("Don’t\n\nTHE\n"));
        Assert.Equal(2, list.Count);
        Assert.True(list.Contains("don't"));
        Assert.True(list.Contains("the"));
    }

    [Fact]
    public void ContainsAllocatesNothing()
    {
        StopWords german = StopWords.For("deu");
        long bytes = Allocation.QuietestRound(() =>
        {
            for (int k = 0; k < 100; k++)
            {
                _ = English.Contains("Don’t".AsSpan());
                _ = English.Contains("computer".AsSpan());
                _ = English.Contains("supercalifragilisticexpialidocious".AsSpan());
                _ = german.Contains("Über".AsSpan());
            }
        });
        Assert.Equal(0, bytes);
    }
}
