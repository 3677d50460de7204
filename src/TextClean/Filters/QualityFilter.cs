using System.Globalization;
using System.Text;
using TextClean.Pipeline;
using TextClean.Text;

namespace TextClean.Filters;

/// <summary>
/// The <c>quality</c> filter: the heuristic quality rules of Gopher (Rae et al. 2021, "Scaling Language Models: Methods,
/// Analysis &amp; Insights from Training Gopher", appendix A.1.1) and C4 (Raffel et al. 2020, section 2.2).
/// </summary>
/// <remarks>
/// <para>Checks, in this order (the first that fails is the verdict; each rule's setting names it):</para>
/// <list type="number">
/// <item><c>reject_lorem_ipsum</c> (C4): the text contains "lorem ipsum", in any case.</item>
/// <item><c>reject_curly_braces</c> (C4): the text contains <c>{</c>, a sign of code; the value is how many.</item>
/// <item><c>min_mean_word_length</c>, <c>max_mean_word_length</c> (Gopher 3 to 10): the mean length of the words, each
/// from its first letter or digit to its last (<c>"end."</c> is 3, <c>don't</c> is 5); words with neither (<c>-</c>, an emoji)
/// are not counted.</item>
/// <item><c>max_symbol_word_ratio</c> (Gopher 0.1): the share of words that contain <c>#</c>, or failing that the share that
/// contain an ellipsis (<c>...</c> or <c>…</c>), whichever is larger. Gopher counts the symbols; counting the words that hold
/// them is the same on real text and keeps the value within 0 to 1, so 1 turns the rule off.</item>
/// <item><c>max_bullet_lines</c> (Gopher 0.9): the share of lines that start with a bullet: • ‣ ◦ ⁃ ∙ ● ○ ▪ ▫ ■ □ ► ▸ ▹ ▶ ➢ ➤
/// → · anywhere, or <c>-</c>, <c>*</c>, <c>+</c>, – , — followed by a space (a list item, not a <c>-----</c> rule).</item>
/// <item><c>max_ellipsis_lines</c> (Gopher 0.3): the share of lines that end in <c>...</c> or <c>…</c>.</item>
/// <item><c>min_alpha_words</c> (Gopher 0.8): the share of words with at least one letter.</item>
/// <item><c>min_stop_words</c> (Gopher 2): how many words (occurrences, ignoring case and surrounding punctuation) are stop
/// words: by default Gopher's eight English words (the, be, to, of, and, that, have, with); <c>stop_words</c> can name a
/// <see cref="StopWords"/> list instead (<c>deu</c>, <c>fra</c>, ...), which, being longer, is easier to satisfy.</item>
/// <item><c>max_lines_without_terminal_punctuation</c> (C4, as a share): the share of lines that do not end in
/// <c>. ! ?</c>, a closing quote or <c>… 。 ！ ？</c>. C4 drops such lines; a document filter can only measure them. Off
/// (1) by default: text wrapped at a fixed width (e-mail, plain-text pages) ends most lines mid-sentence; FineWeb's
/// relaxed form of the rule (Penedo et al. 2024) is 0.88.</item>
/// </list>
/// <para>Words are runs of characters between white space, as Gopher counts them. Lines are the lines that are not blank
/// (blank lines only separate paragraphs). When most letters of a text are in scripts written without spaces (Han, kana, Thai,
/// Lao, Khmer, Myanmar, Tibetan), the word rules (mean word length, symbol ratio, letter words, stop words) do not apply: a
/// whitespace "word" there is a phrase or a sentence, and Gopher's limits were set on English. The line rules still apply.</para>
/// <para>Every rule can be turned off: a minimum at 0, a maximum share or ratio at 1, <c>max_mean_word_length</c> at its
/// maximum, a boolean at false.</para>
/// </remarks>
internal sealed class QualityFilter : DocumentFilter
{
    /// <summary>The value of <c>stop_words</c> that means Gopher's eight English words.</summary>
    public const string GopherStopWords = "gopher";

    private readonly bool _rejectLorem;
    private readonly bool _rejectBraces;
    private readonly double _minMeanWordLength;
    private readonly double _maxMeanWordLength;
    private readonly double _maxSymbolRatio;
    private readonly double _maxBulletLines;
    private readonly double _maxEllipsisLines;
    private readonly double _minAlphaWords;
    private readonly int _minStopWords;
    private readonly StopWords? _stopWords;
    private readonly double _maxUnterminatedLines;

    private QualityFilter(FilterConfig config)
        : base(config)
    {
        _rejectLorem = config.GetBoolean("reject_lorem_ipsum");
        _rejectBraces = config.GetBoolean("reject_curly_braces");
        _minMeanWordLength = config.GetNumber("min_mean_word_length");
        _maxMeanWordLength = config.GetNumber("max_mean_word_length");
        _maxSymbolRatio = config.GetNumber("max_symbol_word_ratio");
        _maxBulletLines = config.GetNumber("max_bullet_lines");
        _maxEllipsisLines = config.GetNumber("max_ellipsis_lines");
        _minAlphaWords = config.GetNumber("min_alpha_words");
        _minStopWords = config.GetInteger("min_stop_words");
        string list = config.Get("stop_words");
        _stopWords = list == GopherStopWords ? null : StopWords.For(list);
        _maxUnterminatedLines = config.GetNumber("max_lines_without_terminal_punctuation");
    }

    /// <summary>The definition the registry holds.</summary>
    public static FilterDefinition Definition { get; } = new(
        "quality",
        "Keeps documents that pass the Gopher quality rules (word length, symbols, bullets, ellipses, letters, stop words) and C4's (no lorem ipsum, no curly braces).",
        [
            SettingDefinition.Number("min_mean_word_length", "Shortest mean word length allowed, in characters (Gopher: 3; 0 turns the rule off).", 3, 0, 1000),
            SettingDefinition.Number("max_mean_word_length", "Longest mean word length allowed, in characters (Gopher: 10; 1000 turns the rule off).", 10, 0, 1000),
            SettingDefinition.Number("max_symbol_word_ratio", "Largest share of words holding a # or an ellipsis (Gopher: 0.1; 1 turns the rule off).", 0.1, 0, 1),
            SettingDefinition.Number("max_bullet_lines", "Largest share of lines that start with a bullet (Gopher: 0.9; 1 turns the rule off).", 0.9, 0, 1),
            SettingDefinition.Number("max_ellipsis_lines", "Largest share of lines that end in an ellipsis (Gopher: 0.3; 1 turns the rule off).", 0.3, 0, 1),
            SettingDefinition.Number("min_alpha_words", "Smallest share of words with at least one letter (Gopher: 0.8; 0 turns the rule off).", 0.8, 0, 1),
            SettingDefinition.WholeNumber("min_stop_words", "Fewest stop words a document must have (Gopher: 2; 0 turns the rule off).", 2, 0, int.MaxValue),
            SettingDefinition.Choice("stop_words", "The stop words min_stop_words counts: gopher (the, be, to, of, and, that, have, with) or a language's list.", GopherStopWords, [GopherStopWords, .. StopWords.Languages]),
            SettingDefinition.Number("max_lines_without_terminal_punctuation", "Largest share of lines not ending in terminal punctuation (C4's rule as a share; 1, the default, turns it off).", 1, 0, 1),
            SettingDefinition.Boolean("reject_lorem_ipsum", "Reject documents that contain lorem ipsum placeholder text (C4).", true),
            SettingDefinition.Boolean("reject_curly_braces", "Reject documents that contain a curly brace, a sign of code (C4).", true),
        ],
        c => new QualityFilter(c));

    /// <inheritdoc/>
    public override bool Keep(string text, out FilterVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        if (_rejectLorem && span.Contains("lorem ipsum", StringComparison.OrdinalIgnoreCase))
        {
            verdict = new FilterVerdict("quality.reject_lorem_ipsum", 1, 0);
            return false;
        }

        if (_rejectBraces && span.Contains('{'))
        {
            verdict = new FilterVerdict("quality.reject_curly_braces", span.Count('{'), 0);
            return false;
        }

        var m = Measure(span);
        if (!m.Unspaced)
        {
            double meanLength = m.CoreWords == 0 ? 0 : (double)m.CoreChars / m.CoreWords;
            if (meanLength < _minMeanWordLength)
            {
                verdict = new FilterVerdict("quality.min_mean_word_length", meanLength, _minMeanWordLength);
                return false;
            }

            if (meanLength > _maxMeanWordLength)
            {
                verdict = new FilterVerdict("quality.max_mean_word_length", meanLength, _maxMeanWordLength);
                return false;
            }

            double hashRatio = Share(m.HashWords, m.Words);
            double ellipsisRatio = Share(m.EllipsisWords, m.Words);
            if (Math.Max(hashRatio, ellipsisRatio) > _maxSymbolRatio)
            {
                verdict = hashRatio >= ellipsisRatio
                    ? new FilterVerdict("quality.max_symbol_word_ratio", hashRatio, _maxSymbolRatio, "#")
                    : new FilterVerdict("quality.max_symbol_word_ratio", ellipsisRatio, _maxSymbolRatio, "...");
                return false;
            }
        }

        double bulletLines = Share(m.BulletLines, m.Lines);
        if (bulletLines > _maxBulletLines)
        {
            verdict = new FilterVerdict("quality.max_bullet_lines", bulletLines, _maxBulletLines);
            return false;
        }

        double ellipsisLines = Share(m.EllipsisLines, m.Lines);
        if (ellipsisLines > _maxEllipsisLines)
        {
            verdict = new FilterVerdict("quality.max_ellipsis_lines", ellipsisLines, _maxEllipsisLines);
            return false;
        }

        if (!m.Unspaced)
        {
            double alphaWords = m.Words == 0 ? 0 : (double)m.AlphaWords / m.Words;
            if (alphaWords < _minAlphaWords)
            {
                verdict = new FilterVerdict("quality.min_alpha_words", alphaWords, _minAlphaWords);
                return false;
            }

            if (m.StopWords < _minStopWords)
            {
                verdict = new FilterVerdict("quality.min_stop_words", m.StopWords, _minStopWords);
                return false;
            }
        }

        double unterminated = Share(m.UnterminatedLines, m.Lines);
        if (unterminated > _maxUnterminatedLines)
        {
            verdict = new FilterVerdict("quality.max_lines_without_terminal_punctuation", unterminated, _maxUnterminatedLines);
            return false;
        }

        verdict = default;
        return true;
    }

    /// <summary>Whether <paramref name="word"/> is one of Gopher's eight stop words, ignoring case.</summary>
    internal static bool IsGopherStopWord(ReadOnlySpan<char> word) => word.Length switch
    {
        2 => word.Equals("be", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase),
        3 => word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase),
        4 => word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("have", StringComparison.OrdinalIgnoreCase) || word.Equals("with", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    // One pass over the lines and the words in them.
    private Measurements Measure(ReadOnlySpan<char> text)
    {
        var m = default(Measurements);
        int letters = 0;
        int unspacedLetters = 0;
        foreach (var rawLine in text.EnumerateLines())
        {
            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            m.Lines++;
            if (StartsWithBullet(line))
            {
                m.BulletLines++;
            }

            if (line.EndsWith("...", StringComparison.Ordinal) || line[^1] == '…')
            {
                m.EllipsisLines++;
            }

            if (!IsTerminal(line[^1]))
            {
                m.UnterminatedLines++;
            }

            int i = 0;
            while ((i = FilterText.NextWord(line, i, out int start)) >= 0)
            {
                var word = line[start..i];
                m.Words++;
                bool hasLetter = false;
                bool hasHash = false;
                bool hasDot = false;
                for (int k = 0; k < word.Length; k++)
                {
                    char c = word[k];
                    if (c < 128)
                    {
                        if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                        {
                            hasLetter = true;
                            letters++;
                        }
                        else if (c == '#')
                        {
                            hasHash = true;
                        }
                        else if (c == '.')
                        {
                            hasDot = true;
                        }
                    }
                    else if (c == '…')
                    {
                        hasDot = true;
                    }
                    else if (FilterText.IsUnspacedScript(c))
                    {
                        hasLetter = true;
                        letters++;
                        unspacedLetters++;
                    }
                    else if (FilterText.IsLetterAt(word, k))
                    {
                        hasLetter = true;
                        letters++;
                    }
                }

                if (hasLetter)
                {
                    m.AlphaWords++;
                }

                if (hasHash)
                {
                    m.HashWords++;
                }

                if (hasDot && (word.Contains("...", StringComparison.Ordinal) || word.Contains('…')))
                {
                    m.EllipsisWords++;
                }

                var core = TrimSymbols(word);
                if (!core.IsEmpty)
                {
                    m.CoreWords++;
                    m.CoreChars += core.Length;
                    if (m.StopWords < _minStopWords && (_stopWords is null ? IsGopherStopWord(core) : _stopWords.Contains(core)))
                    {
                        m.StopWords++;
                    }
                }
            }
        }

        m.Unspaced = unspacedLetters * 2 > letters;
        return m;
    }

    // The word from its first letter or digit to its last, with the marks that follow that ("(end)." is "end", "don't" stays
    // whole, an emoji with its variation selector is nothing).
    private static ReadOnlySpan<char> TrimSymbols(ReadOnlySpan<char> word)
    {
        int start = 0;
        int end = -1;
        int i = 0;
        while (i < word.Length)
        {
            int consumed = 1;
            bool core;
            char c = word[i];
            if (c < 128)
            {
                core = char.IsAsciiLetterOrDigit(c);
            }
            else
            {
                Rune.DecodeFromUtf16(word[i..], out var rune, out consumed);
                var category = Rune.GetUnicodeCategory(rune);
                core = Rune.IsLetterOrDigit(rune)
                    || (end == i && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);
            }

            if (core)
            {
                if (end < 0)
                {
                    start = i;
                }

                end = i + consumed;
            }

            i += consumed;
        }

        return end < 0 ? [] : word[start..end];
    }

    private static bool StartsWithBullet(ReadOnlySpan<char> line)
    {
        char first = line[0];
        if (first is '-' or '*' or '+' or '–' or '—')
        {
            return line.Length == 1 || FilterText.IsSpace(line[1]);
        }

        return first is '•' or '‣' or '◦' or '⁃' or '∙' or '●' or '○' or '▪' or '▫' or '■' or '□' or '►' or '▸' or '▹' or '▶'
            or '➢' or '➤' or '→' or '·';
    }

    private static bool IsTerminal(char c) =>
        c is '.' or '!' or '?' or '"' or '\'' or '”' or '’' or '»' or '…' or '。' or '！' or '？' or '｡';

    private struct Measurements
    {
        public int Words;
        public int CoreWords;
        public long CoreChars;
        public int AlphaWords;
        public int HashWords;
        public int EllipsisWords;
        public int StopWords;
        public int Lines;
        public int BulletLines;
        public int EllipsisLines;
        public int UnterminatedLines;
        public bool Unspaced;
    }
}
