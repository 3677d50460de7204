using TextClean.Pipeline;
using TextClean.Text;
using TextClean.Tokenization;

namespace TextClean.Normalizers.Web;

/// <summary>The <c>urls</c>, <c>emails</c> and <c>mentions</c> normalizers: keep, mask or remove one token kind.</summary>
internal sealed class MaskingNormalizer(NormalizerConfig config, TokenKind kind, string placeholder) : Normalizer(config)
{
    private readonly MaskPolicy _policy = config.GetEnum<MaskPolicy>("policy");

    public static NormalizerDefinition Urls { get; } = Define("urls", TokenKind.Url, Placeholders.Url, 1400, "URLs (https://x.org/a, www.x.org)");

    public static NormalizerDefinition Emails { get; } = Define("emails", TokenKind.Email, Placeholders.Email, 1410, "E-mail addresses");

    public static NormalizerDefinition Mentions { get; } = Define("mentions", TokenKind.Mention, Placeholders.User, 1420, "@mentions");

    public override bool Decides(TokenKind tokenKind) => tokenKind == kind;

    public override TokenResult Decide(in TokenContext context, TokenBuffer output)
    {
        switch (_policy)
        {
            case MaskPolicy.Mask:
                output.Append(placeholder);
                return TokenResult.Masked;
            case MaskPolicy.Remove:
                return TokenResult.Removed;
            default:
                return TokenResult.Unchanged;
        }
    }

    private static NormalizerDefinition Define(string name, TokenKind kind, string placeholder, int order, string what) => new(
        name,
        $"{what}: keep, mask as {placeholder}, or remove.",
        order,
        [SettingDefinition.Choice("policy", $"What to write for {what.ToLowerInvariant()}.", "mask", ConfigNames.All<MaskPolicy>())],
        c => new MaskingNormalizer(c, kind, placeholder));
}
