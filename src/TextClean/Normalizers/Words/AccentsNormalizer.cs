using TextClean.Pipeline;
using TextClean.Tokenization;
using TextClean.Unicode;

namespace TextClean.Normalizers.Words;

/// <summary>The <c>accents</c> normalizer: strips accents from Latin letters of words, hashtags and mentions (<see cref="LatinAccents"/>).</summary>
internal sealed class AccentsNormalizer(NormalizerConfig config) : Normalizer(config)
{
    private readonly bool _strip = config.Get("policy") == "strip";

    public static NormalizerDefinition Definition { get; } = new(
        "accents",
        "Accents on Latin letters: keep, or strip (café -> cafe, Łódź -> Lodz, ø -> o, æ -> ae, ß -> ss); letters of other scripts are never touched.",
        1700,
        [SettingDefinition.Choice("policy", "Keep accents, or strip them from Latin letters.", "keep", "keep", "strip")],
        c => new AccentsNormalizer(c));

    public override bool Transforms(TokenKind kind) => _strip && kind is TokenKind.Word or TokenKind.Hashtag or TokenKind.Mention;

    public override bool Transform(ReadOnlySpan<char> token, TokenBuffer output)
    {
        if (!LatinAccents.HasAccents(token))
        {
            return false;
        }

        output.Advance(LatinAccents.Strip(token, output.GetSpan(token.Length * LatinAccents.MaxExpansion)));
        return true;
    }
}
