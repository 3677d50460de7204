using TextClean.Pipeline;
using TextClean.Text;
using TextClean.Tokenization;

namespace TextClean.Normalizers.Words;

/// <summary>
/// The <c>stop_words</c> normalizer: removes the function words of one language (<see cref="StopWords"/>). It is the last
/// transform, so it sees every word as it ends up: <c>don't</c> expanded to <c>do not</c>, <c>#ThisIsIt</c> split into
/// words, an emoji described as <c>thumbs up</c> (which becomes <c>thumbs</c>): cleaning the output again removes nothing more.
/// </summary>
internal sealed class StopWordsNormalizer(NormalizerConfig config) : Normalizer(config)
{
    private readonly bool _remove = config.Get("policy") == "remove";
    private readonly StopWords _words = StopWords.For(config.Get("language"));

    public static NormalizerDefinition Definition { get; } = new(
        "stop_words",
        "Stop words (the, of, is, don't): keep, or remove those of one language (Snowball lists; eng, deu, fra, spa, ...).",
        1990,
        [
            SettingDefinition.Choice("policy", "Keep stop words, or remove them.", "keep", "keep", "remove"),
            SettingDefinition.Choice("language", "The language whose list is used (ISO 639-3).", "eng", [.. StopWords.Languages]),
        ],
        c => new StopWordsNormalizer(c));

    public override bool Transforms(TokenKind kind) =>
        _remove && kind is TokenKind.Word or TokenKind.Hashtag or TokenKind.Emoji or TokenKind.Emoticon;

    // Writes nothing (the token goes) when it is a stop word; rewritten text of several words keeps the others.
    public override bool Transform(ReadOnlySpan<char> token, TokenBuffer output)
    {
        if (token.IndexOf(' ') < 0)
        {
            return _words.Contains(token);
        }

        bool removed = false;
        bool previousRemoved = false;
        foreach (var range in token.Split(' '))
        {
            // A clitic split off a stop word goes with it: "I 'm" (I'm split) leaves nothing, not a dangling "'m".
            var word = token[range];
            previousRemoved = _words.Contains(word) || (previousRemoved && Contractions.IsStandaloneClitic(word));
            if (previousRemoved)
            {
                removed = true;
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(' ');
            }

            output.Append(word);
        }

        return removed;
    }
}
