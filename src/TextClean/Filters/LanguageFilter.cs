using System.Collections.Frozen;
using TextClean.Languages;
using TextClean.Pipeline;

namespace TextClean.Filters;

/// <summary>
/// The <c>language</c> filter: identifies the language of each document (<see cref="LanguageIdentifier.Default"/>, 60
/// languages) and keeps those in a list; with an empty list it keeps everything and only labels.
/// </summary>
/// <remarks>
/// <para>The verdict of every document, kept or not, carries the language found as <see cref="FilterVerdict.Detail"/> (an ISO
/// 639-3 code, or <c>und</c>) and the identifier's score as <see cref="FilterVerdict.Value"/>, so a job can count documents
/// per language. The score is the posterior probability of the best language among those that write the text's script
/// (naive Bayes over character n-grams, normalized): on a few hundred characters of one language it is close to 1; mixed,
/// very short or code-like text scores lower. Scripts that one language of the model writes alone (Hangul, kana, Thai, ...)
/// score 1. The score does not tell garbage from language (base64 data scores 1 for some language): run the quality filter
/// first.</para>
/// <para>When <c>keep</c> lists languages, checks run in this order: <c>language.keep_undetermined</c> (the identifier
/// answered <c>und</c>: too few letters, or a script none of its languages writes), <c>language.min_score</c> (the best
/// score is below <c>min_score</c>), then <c>language.keep</c> (the language is not listed). A document that is
/// undetermined or scores too low is kept when <c>keep_undetermined</c> is true (its verdict still names the rule it met). A macrolanguage code in <c>keep</c> keeps
/// its individual languages: <c>msa</c> keeps <c>zlm</c> and <c>ind</c>, <c>zho</c> keeps <c>cmn</c>, <c>hbs</c> keeps
/// <c>hrv</c> and <c>srp</c>.</para>
/// <para>Only the first <c>max_chars</c> characters are identified (0 identifies the whole document): 2,000 characters are
/// plenty for a confident answer and bound the cost of long documents.</para>
/// </remarks>
internal sealed class LanguageFilter : DocumentFilter
{
    private readonly FrozenSet<string> _keep;
    private readonly double _minScore;
    private readonly bool _keepUndetermined;
    private readonly int _maxChars;
    private readonly LanguageIdentifier _identifier = LanguageIdentifier.Default;

    private LanguageFilter(FilterConfig config)
        : base(config)
    {
        var keep = config.GetList("keep");
        _keep = LanguageInfo.All.Where(l => keep.Contains(l.Code) || keep.Contains(l.Macrolanguage)).Select(l => l.Code).ToFrozenSet(StringComparer.Ordinal);
        _minScore = config.GetNumber("min_score");
        _keepUndetermined = config.GetBoolean("keep_undetermined");
        _maxChars = config.GetInteger("max_chars");
    }

    /// <summary>The codes <c>keep</c> accepts: every language of the built-in model and every macrolanguage among them, sorted.</summary>
    public static IReadOnlyList<string> KeepableCodes { get; } =
        [.. LanguageInfo.All.Select(l => l.Code).Concat(LanguageInfo.All.Select(l => l.Macrolanguage)).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The definition the registry holds.</summary>
    public static FilterDefinition Definition { get; } = new(
        "language",
        "Identifies each document's language, labels it, and keeps the languages listed (all when the list is empty).",
        [
            SettingDefinition.List("keep", "The languages to keep, as ISO 639-3 codes or macrolanguages (msa keeps zlm and ind); empty keeps every language and only labels.", [], KeepableCodes),
            SettingDefinition.Number("min_score", "Lowest identifier score (0 to 1) for a document's language to count as determined.", 0.5, 0, 1),
            SettingDefinition.Boolean("keep_undetermined", "Keep documents whose language cannot be determined (too few letters, or a score below min_score).", false),
            SettingDefinition.WholeNumber("max_chars", "How many leading characters are identified (0: the whole document).", 2000, 0, int.MaxValue),
        ],
        c => new LanguageFilter(c));

    /// <inheritdoc/>
    public override bool Keep(string text, out FilterVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        if (_maxChars > 0 && span.Length > _maxChars)
        {
            // Never cut a surrogate pair in two.
            int cut = char.IsHighSurrogate(span[_maxChars - 1]) ? _maxChars - 1 : _maxChars;
            span = span[..cut];
        }

        var found = _identifier.Identify(span);
        if (_keep.Count == 0)
        {
            verdict = new FilterVerdict("language.keep", found.Score, _minScore, found.Language);
            return true;
        }

        bool undetermined = found.Language == LanguageIdentifier.Undetermined;
        if (!_keepUndetermined && undetermined)
        {
            verdict = new FilterVerdict("language.keep_undetermined", found.Score, _minScore, found.Language);
            return false;
        }

        if (!undetermined && found.Score < _minScore)
        {
            verdict = new FilterVerdict("language.min_score", found.Score, _minScore, found.Language);
            return _keepUndetermined;
        }

        if (!undetermined && !_keep.Contains(found.Language))
        {
            verdict = new FilterVerdict("language.keep", found.Score, _minScore, found.Language);
            return false;
        }

        verdict = new FilterVerdict("language.keep", found.Score, _minScore, found.Language);
        return true;
    }
}
