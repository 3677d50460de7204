using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using TextClean.Pipeline;
using TextClean.Text;
using TextClean.Tokenization;
using TextClean.Unicode;

namespace TextClean.Normalizers.Emoji;

/// <summary>The <c>emojis</c> normalizer: decides emoji, emoji shortcodes and ASCII emoticons.</summary>
internal sealed class EmojisNormalizer(NormalizerConfig config) : Normalizer(config)
{
    private readonly EmojiPolicy _policy = config.GetEnum<EmojiPolicy>("policy");
    private readonly EmojiNameStyle _names = config.GetEnum<EmojiNameStyle>("names");
    private readonly SkinTonePolicy _skinTones = config.GetEnum<SkinTonePolicy>("skin_tones");
    private readonly EmoticonPolicy _emoticons = config.GetEnum<EmoticonPolicy>("emoticons");

    // CLDR name to what Describe writes, computed once per distinct emoji.
    private readonly ConcurrentDictionary<string, string> _described = new(StringComparer.Ordinal);

    public static NormalizerDefinition Definition { get; } = new(
        "emojis",
        "Emoji (👍🏽, 👨‍👩‍👧, flags, keycaps) and emoticons (:-), <3): keep, describe by CLDR name (:thumbs_up:), mask as <EMOJI>, or remove; skin tones kept or stripped.",
        1200,
        [
            SettingDefinition.Choice("policy", "What to write for an emoji.", "describe", ConfigNames.All<EmojiPolicy>()),
            SettingDefinition.Choice("names", "How describe writes a name: :thumbs_up: (one token) or thumbs up (words).", "shortcode", ConfigNames.All<EmojiNameStyle>()),
            SettingDefinition.Choice("skin_tones", "Keep skin-tone modifiers or strip them (👍🏽 -> 👍).", "strip", ConfigNames.All<SkinTonePolicy>()),
            SettingDefinition.Choice("emoticons", "What to write for an ASCII emoticon; to_emoji converts it and then applies the emoji policy.", "to_emoji", ConfigNames.All<EmoticonPolicy>()),
        ],
        c => new EmojisNormalizer(c));

    public override bool Decides(TokenKind kind) => kind is TokenKind.Emoji or TokenKind.Emoticon;

    public override TokenResult Decide(in TokenContext context, TokenBuffer output)
    {
        var token = context.Token;
        var text = context.TokenText;
        if (token.Kind == TokenKind.Emoticon)
        {
            switch (_emoticons)
            {
                case EmoticonPolicy.Mask:
                    output.Append(Placeholders.Emoticon);
                    return TokenResult.Masked;
                case EmoticonPolicy.Remove:
                    return TokenResult.Removed;
                case EmoticonPolicy.ToEmoji when EmoticonEmoji.Of(text) is { } emoji:
                    var result = DecideEmoji(emoji, output);
                    if (result == TokenResult.Unchanged)
                    {
                        output.Append(emoji);
                        return TokenResult.Rewritten;
                    }

                    return result;
                default:
                    return TokenResult.Unchanged;
            }
        }

        if ((token.Flags & TokenFlags.Shortcode) != 0)
        {
            return DecideShortcode(text, output);
        }

        return DecideEmoji(text, output);
    }

    // Mask and remove treat every emoji alike, whatever it is written as.
    private TokenResult? MaskOrRemove(TokenBuffer output)
    {
        switch (_policy)
        {
            case EmojiPolicy.Mask:
                output.Append(Placeholders.Emoji);
                return TokenResult.Masked;
            case EmojiPolicy.Remove:
                return TokenResult.Removed;
            default:
                return null;
        }
    }

    private TokenResult DecideEmoji(ReadOnlySpan<char> emoji, TokenBuffer output)
    {
        if (MaskOrRemove(output) is { } decided)
        {
            return decided;
        }

        bool strip = _skinTones == SkinTonePolicy.Strip && EmojiSequence.HasSkinTone(emoji);
        scoped Span<char> stripped = stackalloc char[emoji.Length];
        if (strip)
        {
            stripped = stripped[..EmojiSequence.RemoveSkinTones(emoji, stripped)];
        }

        scoped ReadOnlySpan<char> sequence = strip ? stripped : emoji;

        if (_policy == EmojiPolicy.Describe && EmojiSequence.TryGetName(sequence, out var name))
        {
            // Rewritten, not masked: a description in words goes on to the word decisions (stop words) like any words.
            output.Append(Describe(name!));
            return TokenResult.Rewritten;
        }

        if (!strip)
        {
            return TokenResult.Unchanged;
        }

        output.Append(sequence);
        return TokenResult.Rewritten;
    }

    private TokenResult DecideShortcode(ReadOnlySpan<char> shortcode, TokenBuffer output)
    {
        if (MaskOrRemove(output) is { } decided)
        {
            return decided;
        }

        if (_policy != EmojiPolicy.Describe || _names != EmojiNameStyle.Words)
        {
            return TokenResult.Unchanged;
        }

        // ":thumbs_up:" -> "thumbs up".
        foreach (char c in shortcode[1..^1])
        {
            output.Append(c == '_' ? ' ' : c);
        }

        return TokenResult.Rewritten;
    }

    private string Describe(string name) => _described.GetOrAdd(name, static (n, style) => Spell(n, style), _names);

    // "thumbs up: medium skin tone" -> ":thumbs_up_medium_skin_tone:"; "flag: Côte d’Ivoire" -> ":flag_cote_d_ivoire:".
    // Shortcodes keep to a-z, 0-9 and _ so the tokenizer reads them back as one emoji token.
    private static string Spell(string name, EmojiNameStyle style)
    {
        char separator = style == EmojiNameStyle.Shortcode ? '_' : ' ';
        var text = new StringBuilder(name.Length + 2);
        bool pending = false;
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c) || c is '+' or '-' && style == EmojiNameStyle.Shortcode && text.Length == 0)
            {
                if (pending && text.Length > 0)
                {
                    text.Append(separator);
                }

                text.Append(char.ToLowerInvariant(c));
                pending = false;
            }
            else
            {
                pending = true;
            }
        }

        return style == EmojiNameStyle.Shortcode ? $":{text}:" : text.ToString();
    }
}
