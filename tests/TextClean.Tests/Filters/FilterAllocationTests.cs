using TextClean.Tests.Support;
using static TextClean.Tests.Filters.FilterTesting;

namespace TextClean.Tests.Filters;

/// <summary>Once warm, a filter checks a document without allocating: a corpus job calls it millions of times.</summary>
public class FilterAllocationTests
{
    [Theory]
    [InlineData("length", "english.txt")]
    [InlineData("quality", "english.txt")]
    [InlineData("quality", "navigation.txt")]
    [InlineData("repetition", "english.txt")]
    [InlineData("repetition", "repeated.txt")]
    [InlineData("language", "german.txt")]
    public void Keep_allocates_nothing(string name, string fixture)
    {
        var filter = Create(name, name == "language" ? ["keep=eng"] : []);
        string text = Fixture(fixture);
        Assert.Equal(0, Allocation.QuietestRound(() => filter.Keep(text, out _)));
    }
}
