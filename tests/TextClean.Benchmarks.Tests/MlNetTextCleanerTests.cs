using TextClean.Bench;

namespace TextClean.Benchmarks.Tests;

public class MlNetTextCleanerTests
{
    [Fact]
    public void Lower_cases_drops_diacritics_punctuation_and_numbers_then_splits_at_whitespace()
    {
        var cleaner = new MlNetTextCleaner();
        Assert.Equal(["hello", "world", "cafe"], cleaner.Tokens("Héllo,  World 42!\nCafé"));
    }

    [Fact]
    public void Both_paths_produce_the_same_characters()
    {
        var documents = BenchmarkCorpus.Shared.Documents.Take(200).ToList();
        var cleaner = new MlNetTextCleaner();
        long perDocument = cleaner.CleanEach(documents);
        Assert.True(perDocument > 0);
        Assert.Equal(perDocument, cleaner.CleanPrepared(documents));
    }
}
