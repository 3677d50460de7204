using System.Globalization;
using System.Runtime.InteropServices;
using TextClean.Pipeline;

namespace TextClean.Filters;

/// <summary>
/// The <c>repetition</c> filter: Gopher's repetition removal (Rae et al. 2021, appendix A.1.1, table A1): rejects documents
/// that repeat lines, paragraphs or word n-grams more than natural text does.
/// </summary>
/// <remarks>
/// <para>Checks, in this order (the first that fails is the verdict):</para>
/// <list type="number">
/// <item><c>max_duplicate_line_share</c> (0.3): the share of lines that repeat an earlier line.</item>
/// <item><c>max_duplicate_paragraph_share</c> (0.3): the share of paragraphs (split on blank lines) that repeat an earlier one.</item>
/// <item><c>max_duplicate_line_char_share</c> (0.2): the share of the lines' characters that are in repeated lines.</item>
/// <item><c>max_duplicate_paragraph_char_share</c> (0.2): the same for paragraphs.</item>
/// <item><c>max_top_2gram_share</c> (0.2), <c>max_top_3gram_share</c> (0.18), <c>max_top_4gram_share</c> (0.16): the share of
/// the words' characters covered by the most frequent word n-gram (its characters times its count; at most 1). An n-gram that
/// occurs once is not repetition, so it counts only from two occurrences.</item>
/// <item><c>max_duplicate_5gram_share</c> (0.15) to <c>max_duplicate_10gram_share</c> (0.10): the share of the words'
/// characters in words covered by an n-gram that already occurred earlier; overlapping occurrences count each word once.</item>
/// </list>
/// <para>Lines are compared without the white space around them, and blank lines are not lines. Words are runs of
/// characters between white space, compared exactly (case and punctuation included); characters are those of the words,
/// so indentation and spacing do not change a share. Text in a script written without spaces (Chinese, Japanese, Thai) has
/// few such words, so the n-gram rules rarely fire on it; the line and paragraph rules still apply. Lines, paragraphs and n-grams are compared by 64-bit hashes: a false
/// match in a document of 100,000 words is less likely than one in a billion.</para>
/// <para>A share of 1 turns a rule off (and it is not computed). Scratch tables are per thread, so the filter has no shared
/// mutable state.</para>
/// </remarks>
internal sealed class RepetitionFilter : DocumentFilter
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly double _maxDuplicateLines;
    private readonly double _maxDuplicateParagraphs;
    private readonly double _maxDuplicateLineChars;
    private readonly double _maxDuplicateParagraphChars;

    // Index n holds the limit for n-grams of n words (0 and 1 unused); top n-grams for 2 to 4, duplicate n-grams for 5 to 10.
    private readonly double[] _maxNgramShare = new double[11];

    // Index n holds the smallest duplicate n-gram limit for n + 1 to 10 (1 past 10, where there are none).
    private readonly double[] _minLaterDuplicateLimit = new double[11];

    private RepetitionFilter(FilterConfig config)
        : base(config)
    {
        _maxDuplicateLines = config.GetNumber("max_duplicate_line_share");
        _maxDuplicateParagraphs = config.GetNumber("max_duplicate_paragraph_share");
        _maxDuplicateLineChars = config.GetNumber("max_duplicate_line_char_share");
        _maxDuplicateParagraphChars = config.GetNumber("max_duplicate_paragraph_char_share");
        for (int n = 2; n <= 10; n++)
        {
            _maxNgramShare[n] = config.GetNumber(NgramSetting(n));
        }

        _minLaterDuplicateLimit[10] = 1;
        for (int n = 9; n >= 5; n--)
        {
            _minLaterDuplicateLimit[n] = Math.Min(_minLaterDuplicateLimit[n + 1], _maxNgramShare[n + 1]);
        }
    }

    /// <summary>The definition the registry holds.</summary>
    public static FilterDefinition Definition { get; } = new(
        "repetition",
        "Keeps documents that do not repeat lines, paragraphs or word n-grams more than Gopher's limits allow.",
        [
            SettingDefinition.Number("max_duplicate_line_share", "Largest share of lines that repeat an earlier line (Gopher: 0.3; 1 turns the rule off).", 0.3, 0, 1),
            SettingDefinition.Number("max_duplicate_paragraph_share", "Largest share of paragraphs that repeat an earlier one (Gopher: 0.3; 1 turns the rule off).", 0.3, 0, 1),
            SettingDefinition.Number("max_duplicate_line_char_share", "Largest share of characters in repeated lines (Gopher: 0.2; 1 turns the rule off).", 0.2, 0, 1),
            SettingDefinition.Number("max_duplicate_paragraph_char_share", "Largest share of characters in repeated paragraphs (Gopher: 0.2; 1 turns the rule off).", 0.2, 0, 1),
            TopNgram(2, 0.20),
            TopNgram(3, 0.18),
            TopNgram(4, 0.16),
            DuplicateNgram(5, 0.15),
            DuplicateNgram(6, 0.14),
            DuplicateNgram(7, 0.13),
            DuplicateNgram(8, 0.12),
            DuplicateNgram(9, 0.11),
            DuplicateNgram(10, 0.10),
        ],
        c => new RepetitionFilter(c));

    /// <inheritdoc/>
    public override bool Keep(string text, out FilterVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = t_scratch ??= new Scratch();
        try
        {
            return Check(text, scratch, out verdict);
        }
        finally
        {
            scratch.Release();
        }
    }

    private static string NgramSetting(int n) => n <= 4
        ? string.Create(CultureInfo.InvariantCulture, $"max_top_{n}gram_share")
        : string.Create(CultureInfo.InvariantCulture, $"max_duplicate_{n}gram_share");

    private static SettingDefinition TopNgram(int n, double limit) => SettingDefinition.Number(
        NgramSetting(n),
        string.Create(CultureInfo.InvariantCulture, $"Largest share of characters covered by the most frequent {n}-word n-gram (Gopher: {limit}; 1 turns the rule off)."),
        limit,
        0,
        1);

    private static SettingDefinition DuplicateNgram(int n, double limit) => SettingDefinition.Number(
        NgramSetting(n),
        string.Create(CultureInfo.InvariantCulture, $"Largest share of characters in {n}-word n-grams that occurred before (Gopher: {limit}; 1 turns the rule off)."),
        limit,
        0,
        1);

    private static double Share(long part, long whole) => whole == 0 ? 0 : Math.Min(1, (double)part / whole);

    private bool Check(string text, Scratch scratch, out FilterVerdict verdict)
    {
        if (_maxDuplicateLines < 1 || _maxDuplicateParagraphs < 1 || _maxDuplicateLineChars < 1 || _maxDuplicateParagraphChars < 1)
        {
            var lines = MeasureLines(text, scratch);
            if (Fails("repetition.max_duplicate_line_share", Share(lines.DuplicateLines, lines.Lines), _maxDuplicateLines, out verdict)
                || Fails("repetition.max_duplicate_paragraph_share", Share(lines.DuplicateParagraphs, lines.Paragraphs), _maxDuplicateParagraphs, out verdict)
                || Fails("repetition.max_duplicate_line_char_share", Share(lines.DuplicateLineChars, lines.Chars), _maxDuplicateLineChars, out verdict)
                || Fails("repetition.max_duplicate_paragraph_char_share", Share(lines.DuplicateParagraphChars, lines.Chars), _maxDuplicateParagraphChars, out verdict))
            {
                return false;
            }
        }

        bool anyNgramRule = false;
        for (int n = 2; n <= 10; n++)
        {
            anyNgramRule |= _maxNgramShare[n] < 1;
        }

        if (anyNgramRule)
        {
            int words = scratch.LoadWords(text);
            long chars = scratch.PrefixChars[words];
            for (int n = 2; n <= 10 && n <= words; n++)
            {
                if (_maxNgramShare[n] >= 1)
                {
                    continue;
                }

                long covered = n <= 4 ? TopNgramChars(scratch, words, n) : DuplicateNgramChars(scratch, words, n);
                double share = Share(covered, chars);
                if (Fails(NgramRule(n), share, _maxNgramShare[n], out verdict))
                {
                    return false;
                }

                // Every word a repeated (n+1)-gram covers is covered by two repeated n-grams, so the duplicate shares only
                // fall as n grows: once this one is within every later limit, the later ones are too.
                if (n >= 5 && share <= _minLaterDuplicateLimit[n])
                {
                    break;
                }
            }
        }

        verdict = default;
        return true;
    }

    private static string NgramRule(int n) => n switch
    {
        2 => "repetition.max_top_2gram_share",
        3 => "repetition.max_top_3gram_share",
        4 => "repetition.max_top_4gram_share",
        5 => "repetition.max_duplicate_5gram_share",
        6 => "repetition.max_duplicate_6gram_share",
        7 => "repetition.max_duplicate_7gram_share",
        8 => "repetition.max_duplicate_8gram_share",
        9 => "repetition.max_duplicate_9gram_share",
        _ => "repetition.max_duplicate_10gram_share",
    };

    private static bool Fails(string rule, double value, double limit, out FilterVerdict verdict)
    {
        verdict = value > limit ? new FilterVerdict(rule, value, limit) : default;
        return value > limit;
    }

    // Lines (trimmed, not blank) and paragraphs (runs of lines between blank lines), each compared with the earlier ones.
    private static LineCounts MeasureLines(string text, Scratch scratch)
    {
        var counts = default(LineCounts);
        var lines = scratch.Seen;
        var paragraphs = scratch.SeenParagraphs;
        ulong paragraph = 0;
        long paragraphChars = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                EndParagraph(ref counts, paragraphs, ref paragraph, ref paragraphChars);
                continue;
            }

            ulong hash = FilterText.Hash(line);
            counts.Lines++;
            counts.Chars += line.Length;
            if (!lines.Add(hash))
            {
                counts.DuplicateLines++;
                counts.DuplicateLineChars += line.Length;
            }

            paragraph = FilterText.Mix((paragraph * Multiplier) + hash);
            paragraphChars += line.Length;
        }

        EndParagraph(ref counts, paragraphs, ref paragraph, ref paragraphChars);
        return counts;
    }

    private static void EndParagraph(ref LineCounts counts, HashSet<ulong> seen, ref ulong paragraph, ref long paragraphChars)
    {
        if (paragraphChars == 0)
        {
            return;
        }

        counts.Paragraphs++;
        if (!seen.Add(paragraph))
        {
            counts.DuplicateParagraphs++;
            counts.DuplicateParagraphChars += paragraphChars;
        }

        paragraph = 0;
        paragraphChars = 0;
    }

    // The characters the most frequent n-gram covers (its characters times its count), when it occurs more than once.
    private static long TopNgramChars(Scratch scratch, int words, int n)
    {
        var counts = scratch.Counts;
        counts.Clear();
        int bestCount = 0;
        long bestChars = 0;
        for (int i = 0; i + n <= words; i++)
        {
            ref int count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, scratch.NgramHash(i, n), out _);
            count++;
            long chars = scratch.PrefixChars[i + n] - scratch.PrefixChars[i];
            if (count > bestCount || (count == bestCount && chars > bestChars))
            {
                bestCount = count;
                bestChars = chars;
            }
        }

        return bestCount >= 2 ? bestChars * bestCount : 0;
    }

    // The characters of the words covered by an n-gram that occurred earlier, each word counted once.
    private static long DuplicateNgramChars(Scratch scratch, int words, int n)
    {
        var seen = scratch.Seen;
        seen.Clear();
        long covered = 0;
        int coveredUntil = 0;
        for (int i = 0; i + n <= words; i++)
        {
            if (!seen.Add(scratch.NgramHash(i, n)))
            {
                int from = Math.Max(i, coveredUntil);
                covered += scratch.PrefixChars[i + n] - scratch.PrefixChars[from];
                coveredUntil = i + n;
            }
        }

        return covered;
    }

    private struct LineCounts
    {
        public int Lines;
        public int Paragraphs;
        public int DuplicateLines;
        public int DuplicateParagraphs;
        public long Chars;
        public long DuplicateLineChars;
        public long DuplicateParagraphChars;
    }

    // One thread's tables, reused from document to document.
    private sealed class Scratch
    {
        private const int KeepCapacity = 1 << 16;

        public HashSet<ulong> Seen { get; } = [];

        public HashSet<ulong> SeenParagraphs { get; } = [];

        public Dictionary<ulong, int> Counts { get; } = [];

        // Polynomial prefix hashes of the word hashes, and the words' characters before each word (length words + 1).
        public ulong[] PrefixHash { get; private set; } = new ulong[1024];

        public long[] PrefixChars { get; private set; } = new long[1024];

        // Multiplier^n, for n up to 10.
        private static readonly ulong[] Powers = ComputePowers();

        public int LoadWords(string text)
        {
            var span = text.AsSpan();
            int words = 0;
            int i = 0;
            while ((i = FilterText.NextWord(span, i, out int start)) >= 0)
            {
                if (words + 2 > PrefixHash.Length)
                {
                    PrefixHash = Grow(PrefixHash);
                    PrefixChars = Grow(PrefixChars);
                }

                PrefixHash[words + 1] = (PrefixHash[words] * Multiplier) + FilterText.Hash(span[start..i]);
                PrefixChars[words + 1] = PrefixChars[words] + (i - start);
                words++;
            }

            return words;
        }

        // The hash of words i to i + n - 1: a polynomial over the word hashes, read off the prefix hashes and mixed.
        public ulong NgramHash(int i, int n) => FilterText.Mix(PrefixHash[i + n] - (PrefixHash[i] * Powers[n]));

        public void Release()
        {
            Seen.Clear();
            SeenParagraphs.Clear();
            Counts.Clear();
            if (Seen.EnsureCapacity(0) > KeepCapacity || Counts.EnsureCapacity(0) > KeepCapacity || SeenParagraphs.EnsureCapacity(0) > KeepCapacity)
            {
                // One huge document should not pin its tables for the life of the thread.
                t_scratch = null;
            }
        }

        private static T[] Grow<T>(T[] array)
        {
            var grown = new T[array.Length * 2];
            array.CopyTo(grown, 0);
            return grown;
        }

        private static ulong[] ComputePowers()
        {
            var powers = new ulong[11];
            powers[0] = 1;
            for (int n = 1; n < powers.Length; n++)
            {
                powers[n] = powers[n - 1] * Multiplier;
            }

            return powers;
        }
    }
}
