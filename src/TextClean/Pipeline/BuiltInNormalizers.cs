using TextClean.Normalizers.LetterCase;
using TextClean.Normalizers.Emoji;
using TextClean.Normalizers.Html;
using TextClean.Normalizers.Hyphens;
using TextClean.Normalizers.Names;
using TextClean.Normalizers.Numbers;
using TextClean.Normalizers.Punctuation;
using TextClean.Normalizers.Quotes;
using TextClean.Normalizers.Unicode;
using TextClean.Normalizers.Web;
using TextClean.Normalizers.Whitespace;
using TextClean.Normalizers.Words;

namespace TextClean.Pipeline;

/// <summary>The normalizers TextClean ships, in the order they run.</summary>
public static class BuiltInNormalizers
{
    /// <summary>Every built-in definition.</summary>
    public static IReadOnlyList<NormalizerDefinition> All { get; } =
    [
        HtmlNormalizer.Definition,
        UnicodeNormalizer.Definition,
        QuotesNormalizer.Definition,
        HyphensNormalizer.Definition,
        WhitespaceNormalizer.Definition,
        NamesNormalizer.Definition,
        NumbersNormalizer.Definition,
        EmojisNormalizer.Definition,
        PunctuationNormalizer.Definition,
        MaskingNormalizer.Urls,
        MaskingNormalizer.Emails,
        MaskingNormalizer.Mentions,
        HashtagsNormalizer.Definition,
        ContractionsNormalizer.Definition,
        AccentsNormalizer.Definition,
        CaseNormalizer.Definition,
        ElongationNormalizer.Definition,
        StopWordsNormalizer.Definition,
    ];
}
