using TextClean.Bench;

namespace TextClean.Benchmarks.Tests;

public class ContenderTests
{
    [Theory]
    [InlineData("textclean", "a b  c", 3)]
    [InlineData("mlnet", "a b  c", 3)]
    [InlineData("mlnet-space", "a b  c", 3)]
    [InlineData("lucene", "a b  c", 3)]
    [InlineData("regex", "a b  c", 3)]
    [InlineData("split", "a b  c", 3)]
    [InlineData("letterordigit", "a b  c", 3)]
    [InlineData("spaces", "a b  c", 3)]
    [InlineData("textclean", "Hello, world!", 4)] // Hello , world !
    [InlineData("mlnet", "Hello, world!", 2)] // Hello, world!
    [InlineData("lucene", "Hello, world!", 2)] // Hello world (punctuation dropped)
    [InlineData("regex", "Hello, world!", 4)]
    [InlineData("split", "Hello, world!", 2)]
    [InlineData("letterordigit", "Hello, world!", 2)]
    [InlineData("spaces", "Hello, world!", 1)]
    [InlineData("textclean", "see https://x.org/a?b=1 now", 3)] // the URL is one token
    [InlineData("regex", "see https://x.org/a?b=1 now", 15)] // see https : / / x . org / a ? b = 1 now
    [InlineData("split", "line one\nline\ttwo\r\n", 4)]
    [InlineData("mlnet", "line one\nline\ttwo\r\n", 4)]
    [InlineData("mlnet-space", "line one\nline\ttwo\r\n", 2)] // ML.NET's default splits at spaces only: "one\nline\ttwo\r\n" stays whole
    [InlineData("spaces", "line one\nline\ttwo\r\n", 1)]
    [InlineData("textclean", "", 0)]
    [InlineData("mlnet", "", 0)]
    [InlineData("lucene", "", 0)]
    public void Counts_tokens_of_a_fixed_text(string id, string text, long expected)
    {
        var contender = Contenders.Create(id);
        Assert.Equal(expected, contender.CountTokens(text));

        // Again, and as a list: the same count (Lucene reuses its tokenizer; ML.NET rebuilds its view for a new list).
        Assert.Equal(expected, contender.CountTokens(text));
        Assert.Equal(expected * 2, contender.CountTokens(new[] { text, text }));
    }

    [Fact]
    public void Every_id_creates_a_contender_with_that_id()
    {
        foreach (var id in Contenders.AllIds)
        {
            var contender = Contenders.Create(id);
            Assert.Equal(id, contender.Id);
            Assert.False(string.IsNullOrWhiteSpace(contender.Name));
            Assert.False(string.IsNullOrWhiteSpace(contender.Description));
        }

        Assert.Equal(Contenders.Ids, Contenders.CreateAll().Select(c => c.Id));
        Assert.Equal("textclean", Contenders.Ids[0]);
    }

    [Fact]
    public void Unknown_names_are_refused()
    {
        Assert.False(Contenders.TryCreate("nltk", out var none));
        Assert.Null(none);
        var e = Assert.Throws<ArgumentException>(() => Contenders.Create("nltk"));
        Assert.Contains("textclean", e.Message, StringComparison.Ordinal);
        Assert.True(Contenders.TryCreate("ML.NET", out var byName));
        Assert.Equal("mlnet", byName.Id);
    }

    [Fact]
    public void TextClean_reads_the_kind_of_every_token()
    {
        var contender = new TextCleanContender();
        Assert.Equal(6, contender.CountTokens("Mail bob@x.org 42 times :-) #tag".AsSpan()));
        int kinds = contender.KindsSeen;
        Assert.NotEqual(0, kinds & (1 << (int)Tokenization.TokenKind.Email));
        Assert.NotEqual(0, kinds & (1 << (int)Tokenization.TokenKind.Number));
        Assert.NotEqual(0, kinds & (1 << (int)Tokenization.TokenKind.Emoticon));
        Assert.NotEqual(0, kinds & (1 << (int)Tokenization.TokenKind.Hashtag));
    }

    [Fact]
    public void Ml_net_prepares_once_for_the_same_list()
    {
        IReadOnlyList<string> docs = ["a b", "c d e"];
        var contender = new MlNetContender();
        contender.Prepare(docs);
        Assert.Equal(5, contender.CountTokens(docs));
        Assert.Equal(5, contender.CountTokens(docs));
        Assert.Equal(1, contender.CountTokens(new[] { "x" }));
        Assert.Equal(5, contender.CountTokens(docs));
    }
}
