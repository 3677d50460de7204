using TextClean.Pipeline;
using TextClean.Text;
using TextClean.Tokenization;

namespace TextClean.Normalizers.Web;

/// <summary>
/// The <c>hashtags</c> normalizer: keeps, splits into words (<see cref="HashtagSegmenter"/>), masks or removes hashtags.
/// Split words keep their letters and case; the case normalizer decides case afterwards, as for any word.
/// </summary>
internal sealed class HashtagsNormalizer(NormalizerConfig config) : Normalizer(config)
{
    private readonly HashtagPolicy _policy = config.GetEnum<HashtagPolicy>("policy");

    public static NormalizerDefinition Definition { get; } = new(
        "hashtags",
        "#hashtags: keep, split into words (#MachineLearning -> Machine Learning, #iphone12pro -> iphone 12 pro), mask as <HASHTAG>, or remove.",
        1430,
        [SettingDefinition.Choice("policy", "What to write for #hashtags.", "keep", ConfigNames.All<HashtagPolicy>())],
        c => new HashtagsNormalizer(c));

    public override bool RewritesIntoNewTokens => _policy == HashtagPolicy.Split;

    public override bool Decides(TokenKind kind) => kind == TokenKind.Hashtag && _policy != HashtagPolicy.Keep;

    public override TokenResult Decide(in TokenContext context, TokenBuffer output)
    {
        switch (_policy)
        {
            case HashtagPolicy.Mask:
                output.Append(Placeholders.Hashtag);
                return TokenResult.Masked;
            case HashtagPolicy.Remove:
                return TokenResult.Removed;
        }

        var body = context.TokenText[1..];
        var destination = output.GetSpan(body.Length * 2);
        if (HashtagSegmenter.TrySplit(body, destination, out int written))
        {
            output.Advance(written);
        }
        else
        {
            output.Append(body);
        }

        return TokenResult.Rewritten;
    }
}
