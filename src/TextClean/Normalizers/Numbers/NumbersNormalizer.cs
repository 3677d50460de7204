using TextClean.Pipeline;
using TextClean.Tokenization;

namespace TextClean.Normalizers.Numbers;

/// <summary>The <c>numbers</c> normalizer: <see cref="NumberNormalizer"/> deciding every number token.</summary>
internal sealed class NumbersNormalizer(NormalizerConfig config) : Normalizer(config)
{
    private readonly NumberOptions _options = new()
    {
        Policy = config.GetEnum<NumberPolicy>("policy"),
        Phones = config.GetEnum<PhonePolicy>("phones"),
        BucketBase = config.GetInteger("bucket_base"),
    };

    public static NormalizerDefinition Definition { get; } = new(
        "numbers",
        "Numbers ($1,200, 3.5%, 2nd, 10:30, 2020-01-02): keep, mask by kind (<NUM> <MONEY> <PERCENT> <ORDINAL> <DATE> <TIME>), shape (1,234.56 -> 0,000.00), magnitude bucket (<NUM_1e3>) or remove; phone numbers apart.",
        1100,
        [
            SettingDefinition.Choice("policy", "What to write for a number.", "mask", ConfigNames.All<NumberPolicy>()),
            SettingDefinition.Choice("phones", "What to write for a phone number.", "mask", ConfigNames.All<PhonePolicy>()),
            SettingDefinition.WholeNumber("bucket_base", "The base of the magnitude buckets of the bucket policy.", 10, 2, 1000),
        ],
        c => new NumbersNormalizer(c));

    public override bool Decides(TokenKind kind) => kind == TokenKind.Number;

    public override TokenResult Decide(in TokenContext context, TokenBuffer output)
    {
        var token = context.Token;
        bool phone = (token.Flags & TokenFlags.Phone) != 0;
        if (phone ? _options.Phones == PhonePolicy.Keep : _options.Policy == NumberPolicy.Keep)
        {
            return TokenResult.Unchanged;
        }

        if (phone ? _options.Phones == PhonePolicy.Remove : _options.Policy == NumberPolicy.Remove)
        {
            return TokenResult.Removed;
        }

        var text = context.TokenText;
        var destination = output.GetSpan(Math.Max(text.Length, 64));
        if (!NumberNormalizer.TryNormalize(text, token.Flags, _options, destination, out int written))
        {
            return TokenResult.Unchanged;
        }

        output.Advance(written);
        bool masked = phone || _options.Policy is NumberPolicy.Mask or NumberPolicy.Bucket;
        return masked ? TokenResult.Masked : TokenResult.Rewritten;
    }
}
