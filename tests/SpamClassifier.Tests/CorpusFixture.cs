using SpamClassifier;

namespace SpamClassifier.Tests;

/// <summary>The raw SpamAssassin corpus, read once per test class.</summary>
public sealed class CorpusFixture
{
    public CorpusFixture()
    {
        Path = Corpus.FindDefaultPath() ?? throw new InvalidOperationException($"{Corpus.RelativePath} not found above {AppContext.BaseDirectory}");
        Messages = Corpus.Read(Path).ToList();
        ById = Messages.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    public string Path { get; }

    public IReadOnlyList<CorpusMessage> Messages { get; }

    public IReadOnlyDictionary<string, CorpusMessage> ById { get; }

    public MailTextResult Decode(string id) => ById[id].Decode();
}
