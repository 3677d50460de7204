using TextClean.Normalizers.Hyphens;

namespace TextClean.Text;

/// <summary>
/// Splits the body of a hashtag into words: <c>MachineLearning</c> -> <c>Machine Learning</c>, <c>iphone12pro</c> ->
/// <c>iphone 12 pro</c>, <c>throwbackthursday</c> -> <c>throwback thursday</c>. Letters and their case are kept.
/// </summary>
/// <remarks>
/// <para>The body is cut in three steps. (1) Underscores separate words and are dropped. (2) Digit runs are words of
/// their own (an ordinal suffix stays on its number: <c>4th</c>), and case changes separate words: lower to upper
/// (<c>machineLearning</c>), and an upper-case run followed by a capitalised word splits before its last capital
/// (<c>NASAMission</c>). A single lower-case letter before a capital starts a brand, not a word (<c>iPhone</c>,
/// <c>eBay</c>, <c>iOS</c>). (3) Every remaining letter run of up to <see cref="MaxRunLength"/> cased letters is segmented
/// by dynamic programming over <see cref="Lexicon.English"/>: a word's cost is its negative log probability under Zipf's
/// law (p = 1 / (rank · H)), a word not in the lexicon costs a base plus a price per letter, and every word pays a small
/// extra toll, so a short unknown run (<c>tbt</c>, <c>covid</c>) stays whole instead of being shattered into letters.
/// Letters without case (<c>東京</c>) and longer runs are never cut.</para>
/// <para>The lexicon's ranks come from 2002 mail (see <c>corpora/words/README.md</c>): only its first 26,414 ranks are
/// counts; every later rank is read as one flat "rare" rank.</para>
/// </remarks>
internal static class HashtagSegmenter
{
    /// <summary>Letter runs longer than this are not segmented (the dynamic programme's buffers live on the stack).</summary>
    public const int MaxRunLength = 64;

    /// <summary>No lexicon word is longer than this (the longest has 22 letters).</summary>
    private const int MaxWordLength = 24;

    /// <summary>Ranks past this one are not counts: the lexicon lists its uncounted words in code-point order.</summary>
    private const int CountedWords = 26_414;

    /// <summary>The rank every uncounted lexicon word is given.</summary>
    private const double RareRank = 60_000;

    /// <summary>Cost of a word that is not in the lexicon, before its letters.</summary>
    private const double UnknownBase = 14.0;

    /// <summary>Cost per letter of a word that is not in the lexicon.</summary>
    private const double UnknownPerLetter = 2.3;

    /// <summary>Extra cost of every word, so that fewer words win a near tie (<c>iphone</c>, not <c>i phone</c>).</summary>
    private const double WordToll = 1.5;

    /// <summary>The two-letter words allowed inside a segmented run, space-separated.</summary>
    private const string TwoLetterWords = "ad ah am an as at ax be by do ex go ha he hi if in is it ma me my no of oh ok on or ox pa so to up us we";

    /// <summary>
    /// Writes the words of <paramref name="body"/> to <paramref name="destination"/>, separated by single spaces.
    /// Allocates nothing.
    /// </summary>
    /// <param name="body">The hashtag without its <c>#</c>.</param>
    /// <param name="destination">Where the words go; <c>2 · body.Length</c> characters are always enough.</param>
    /// <param name="written">Characters written; 0 when the method returns false.</param>
    /// <returns>False when there is nothing to split (the body is one word, or has no word) or the destination is too small.</returns>
    public static bool TrySplit(ReadOnlySpan<char> body, Span<char> destination, out int written)
    {
        var output = new Output(destination);
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (c == '_')
            {
                i++;
                continue;
            }

            int end = i + 1;
            if (char.IsDigit(c))
            {
                while (end < body.Length && char.IsDigit(body[end]))
                {
                    end++;
                }

                end += OrdinalSuffixLength(body, end);
                output.Word(body[i..end]);
            }
            else
            {
                end = LetterRunEnd(body, i);
                SplitByCase(body[i..end], ref output);
            }

            i = end;
        }

        if (output.Failed || output.Words < 2)
        {
            written = 0;
            return false;
        }

        written = output.Length;
        return true;
    }

    /// <summary>End of the run of non-digit, non-underscore characters starting at <paramref name="start"/>.</summary>
    private static int LetterRunEnd(ReadOnlySpan<char> body, int start)
    {
        int end = start + 1;
        while (end < body.Length && body[end] != '_' && !char.IsDigit(body[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Length of <c>st</c>, <c>nd</c>, <c>rd</c> or <c>th</c> after a number when nothing lower-case follows it.</summary>
    private static int OrdinalSuffixLength(ReadOnlySpan<char> body, int at)
    {
        if (at + 2 > body.Length || (at + 2 < body.Length && char.IsLower(body[at + 2])))
        {
            return 0;
        }

        ReadOnlySpan<char> suffix = body.Slice(at, 2);
        return suffix is "st" or "nd" or "rd" or "th" ? 2 : 0;
    }

    /// <summary>Cuts a letter run at its case changes, then segments each piece.</summary>
    private static void SplitByCase(ReadOnlySpan<char> run, ref Output output)
    {
        int start = 0;
        for (int k = 1; k < run.Length; k++)
        {
            bool cut = false;
            if (char.IsLower(run[k - 1]) && char.IsUpper(run[k]))
            {
                // iPhone, eBay, iOS: one lower-case letter at the start of the run is a prefix, not a word.
                cut = !(k == 1 && start == 0);
            }
            else if (char.IsUpper(run[k - 1]) && char.IsUpper(run[k]) && k + 1 < run.Length && char.IsLower(run[k + 1]))
            {
                cut = true;
            }

            if (cut)
            {
                Segment(run[start..k], ref output);
                start = k;
            }
        }

        Segment(run[start..], ref output);
    }

    /// <summary>Writes <paramref name="piece"/> as the most probable sequence of words, or whole.</summary>
    private static void Segment(ReadOnlySpan<char> piece, ref Output output)
    {
        if (piece.Length < 2 || piece.Length > MaxRunLength || !AllCased(piece))
        {
            output.Word(piece);
            return;
        }

        Lexicon lexicon = Lexicon.English;
        double logH = Math.Log(Math.Log(lexicon.Count) + 0.5772156649);
        int n = piece.Length;

        // Two states per position: the last word has several letters (0) or is "a" or "i" (1). Two one-letter words in
        // a row are not allowed ("ai" is not "a i"; "openai" is not "open a i").
        Span<double> best = stackalloc double[2 * (MaxRunLength + 1)];
        Span<int> from = stackalloc int[2 * (MaxRunLength + 1)];
        best.Fill(double.PositiveInfinity);
        best[0] = 0;
        for (int end = 1; end <= n; end++)
        {
            int first = Math.Max(0, end - MaxWordLength);
            for (int start = end == n ? 0 : first; start < end; start = start < first ? first : start + 1)
            {
                int length = end - start;
                double previous = length == 1 ? best[2 * start] : Math.Min(best[2 * start], best[(2 * start) + 1]);
                if (double.IsPositiveInfinity(previous))
                {
                    continue;
                }

                double cost = previous + WordCost(lexicon, piece[start..end], logH);
                int state = (2 * end) + (length == 1 ? 1 : 0);
                if (cost < best[state])
                {
                    best[state] = cost;
                    from[state] = (2 * start) + (length == 1 || best[2 * start] <= best[(2 * start) + 1] ? 0 : 1);
                }
            }
        }

        // Walk the back pointers from the cheaper final state, then write the words in order.
        Span<int> cuts = stackalloc int[MaxRunLength + 1];
        int count = 0;
        for (int at = best[2 * n] <= best[(2 * n) + 1] ? 2 * n : (2 * n) + 1; at > 1; at = from[at])
        {
            cuts[count++] = at / 2;
        }

        int wordStart = 0;
        for (int k = count - 1; k >= 0; k--)
        {
            output.Word(piece[wordStart..cuts[k]]);
            wordStart = cuts[k];
        }
    }

    /// <summary>Negative log probability of one word, plus the toll every word pays.</summary>
    private static double WordCost(Lexicon lexicon, ReadOnlySpan<char> word, double logH)
    {
        int rank = word.Length switch
        {
            1 => word[0] is 'a' or 'A' or 'i' or 'I' ? lexicon.Rank(word) : -1,
            2 => IsTwoLetterWord(word) ? lexicon.Rank(word) : 0,
            <= MaxWordLength => lexicon.Rank(word),
            _ => 0,
        };
        if (rank < 0)
        {
            // Other single letters are never words inside a run: "grammys" is not "grammy s".
            return double.PositiveInfinity;
        }

        if (rank > 0)
        {
            double effective = rank <= CountedWords ? rank : RareRank;
            return Math.Log(effective) + logH + WordToll;
        }

        return UnknownBase + (UnknownPerLetter * word.Length) + logH + WordToll;
    }

    /// <summary>
    /// Two-letter words a hashtag plausibly contains. The lexicon also lists abbreviations such as <c>st</c>, <c>em</c>,
    /// <c>ie</c>, <c>co</c> and <c>re</c>, which rank high in its mail counts and would otherwise cut words apart.
    /// </summary>
    private static bool IsTwoLetterWord(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[2];
        word.ToLowerInvariant(lower);
        for (int k = 0; k + 1 < TwoLetterWords.Length; k += 3)
        {
            if (TwoLetterWords[k] == lower[0] && TwoLetterWords[k + 1] == lower[1])
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllCased(ReadOnlySpan<char> piece)
    {
        foreach (char c in piece)
        {
            if (!char.IsLower(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words written so far, separated by single spaces.</summary>
    private ref struct Output(Span<char> destination)
    {
        private readonly Span<char> _destination = destination;

        public int Length { get; private set; }

        public int Words { get; private set; }

        public bool Failed { get; private set; }

        public void Word(ReadOnlySpan<char> word)
        {
            if (word.IsEmpty || Failed)
            {
                return;
            }

            int needed = word.Length + (Words > 0 ? 1 : 0);
            if (Length + needed > _destination.Length)
            {
                Failed = true;
                return;
            }

            if (Words > 0)
            {
                _destination[Length++] = ' ';
            }

            word.CopyTo(_destination[Length..]);
            Length += word.Length;
            Words++;
        }
    }
}
