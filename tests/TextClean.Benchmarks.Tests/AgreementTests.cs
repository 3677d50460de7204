using TextClean.Bench;

namespace TextClean.Benchmarks.Tests;

/// <summary>The contenders tokenize differently, but on real mail they must agree on the order of magnitude of the token count.</summary>
public class AgreementTests
{
    [Fact]
    public void All_contenders_agree_within_an_order_of_magnitude_on_a_real_document()
    {
        var document = BenchmarkCorpus.TypicalDocument;
        Assert.True(document.Length > 200, "the typical SpamAssassin body is a few kilobytes");

        long reference = new TextCleanContender().CountTokens(document);
        Assert.True(reference > 20, $"TextClean counted {reference} tokens");
        foreach (var contender in Contenders.CreateAll())
        {
            long count = contender.CountTokens(document);
            Assert.InRange(count, reference / 10.0, reference * 10.0);
        }
    }

    [Fact]
    public void Whitespace_splitters_agree_on_the_whole_corpus()
    {
        var documents = BenchmarkCorpus.Shared.Documents;
        long split = new StringSplitContender().CountTokens(documents);
        long mlNet = new MlNetContender().CountTokens(documents);

        // Both split at whitespace; string.Split also splits at rarer whitespace (form feed, U+00A0, ...).
        Assert.InRange(mlNet, split * 0.99, split);
    }

    [Fact]
    public void The_bundled_corpus_is_found_from_the_test_binaries()
    {
        var path = BenchmarkCorpus.ResolvePath();
        Assert.True(File.Exists(path), path);
        Assert.True(BenchmarkCorpus.Shared.DocumentCount > 1000);
    }
}
