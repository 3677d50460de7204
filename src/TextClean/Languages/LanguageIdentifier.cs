namespace TextClean.Languages;

/// <summary>A language and how sure the identifier is of it (0 to 1: the share of the probability among the candidates).</summary>
/// <param name="Language">An ISO 639-3 code, or <see cref="LanguageIdentifier.Undetermined"/>.</param>
/// <param name="Score">The probability of that language among the candidates of the text's script.</param>
public readonly record struct LanguageScore(string Language, float Score)
{
    /// <summary>The macrolanguage of <see cref="Language"/> (<c>ara</c> for <c>arb</c>, <c>zho</c> for <c>cmn</c>), or the code itself.</summary>
    public string Macrolanguage => LanguageInfo.Find(Language)?.Macrolanguage ?? Language;
}

/// <summary>
/// Identifies the language of a text: the script settles most of the answer at once (Hangul is Korean, Thai is Thai, kana is
/// Japanese, Georgian, Armenian, Ethiopic, Greek, Hebrew and the Indic scripts each belong to one language of the model), and
/// character n-gram naive Bayes (<see cref="LanguageModel"/>) decides among the languages that share a script. The answer is
/// <see cref="Undetermined"/> when the text has too few letters or the best score is below <see cref="MinimumScore"/>.
/// Thread-safe; <see cref="Identify(ReadOnlySpan{char})"/> allocates nothing.
/// </summary>
public sealed class LanguageIdentifier
{
    /// <summary>The ISO 639-3 code for "undetermined".</summary>
    public const string Undetermined = "und";

    private const string DefaultModelResource = "TextClean.Languages.langid.bin.gz";

    private static readonly Lazy<LanguageIdentifier> LazyDefault = new(
        () => new LanguageIdentifier(LoadDefaultModel()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly LanguageModel _model;
    private readonly string[] _reported; // the model's code without a script subtag: "srp-Latn" answers "srp"
    private readonly int _japanese;
    private readonly int _chinese;

    /// <summary>Creates an identifier over <paramref name="model"/>.</summary>
    public LanguageIdentifier(LanguageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _reported = [.. model.Languages.Select(code => code.Split('-')[0])];
        Languages = [.. _reported.Distinct(StringComparer.Ordinal)];
        _japanese = IndexOf("jpn");
        _chinese = IndexOf("cmn");
    }

    /// <summary>The identifier with the built-in model of 60 languages, loaded from the library on first use and shared.</summary>
    public static LanguageIdentifier Default => LazyDefault.Value;

    /// <summary>The model it identifies with.</summary>
    public LanguageModel Model => _model;

    /// <summary>The languages it answers (ISO 639-3), each once, whatever the scripts its model has.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Fewer letters than this give <see cref="Undetermined"/>. Default 3.</summary>
    public int MinimumLetters { get; init; } = 3;

    /// <summary>A best score below this gives <see cref="Undetermined"/>. Default 0 (always answer when there are letters).</summary>
    public float MinimumScore { get; init; }

    /// <summary>The most likely language of <paramref name="text"/>.</summary>
    public LanguageScore Identify(ReadOnlySpan<char> text)
    {
        LanguageScore best = default;
        Identify(text, new Span<LanguageScore>(ref best));
        return best;
    }

    /// <summary>
    /// Writes the most likely languages of <paramref name="text"/>, best first, to <paramref name="ranked"/> (as many as fit and
    /// as there are candidates) and returns how many; the first is <see cref="Undetermined"/> when the text cannot be told.
    /// </summary>
    public int Identify(ReadOnlySpan<char> text, Span<LanguageScore> ranked)
    {
        if (ranked.IsEmpty)
        {
            return 0;
        }

        int languages = _model.Languages.Count;
        Span<float> scores = stackalloc float[languages];
        scores.Clear();
        _model.Score(text, scores, out var scripts, out _);
        if (scripts.Letters < MinimumLetters)
        {
            ranked[0] = new LanguageScore(Undetermined, 0);
            return 1;
        }

        var script = scripts.Dominant;
        int forced = script switch
        {
            Script.Kana => _japanese,
            Script.Han => scripts[Script.Kana] > 0 ? _japanese : _chinese,
            _ => -1,
        };
        if (forced >= 0)
        {
            ranked[0] = new LanguageScore(_reported[forced], 1);
            return 1;
        }

        // Naive Bayes among the languages written in the text's script, as probabilities (softmax of the log-likelihoods).
        float max = float.NegativeInfinity;
        int candidates = 0;
        for (int l = 0; l < languages; l++)
        {
            if (_model.Writes(l, script))
            {
                candidates++;
                max = Math.Max(max, scores[l]);
            }
        }

        if (candidates == 0)
        {
            ranked[0] = new LanguageScore(Undetermined, 0);
            return 1;
        }

        float sum = 0;
        for (int l = 0; l < languages; l++)
        {
            scores[l] = _model.Writes(l, script) ? MathF.Exp(scores[l] - max) : 0;
            sum += scores[l];
        }

        int count = Math.Min(ranked.Length, candidates);
        for (int r = 0; r < count; r++)
        {
            int best = 0;
            for (int l = 1; l < languages; l++)
            {
                if (scores[l] > scores[best])
                {
                    best = l;
                }
            }

            ranked[r] = new LanguageScore(_reported[best], scores[best] / sum);
            scores[best] = -1;
        }

        if (ranked[0].Score < MinimumScore)
        {
            ranked[0] = new LanguageScore(Undetermined, ranked[0].Score);
            return 1;
        }

        return count;
    }

    private int IndexOf(string code)
    {
        for (int i = 0; i < _model.Languages.Count; i++)
        {
            if (_model.Languages[i] == code)
            {
                return i;
            }
        }

        return -1;
    }

    private static LanguageModel LoadDefaultModel()
    {
        using var stream = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream(DefaultModelResource)
            ?? throw new InvalidOperationException($"embedded resource {DefaultModelResource} is missing");
        return LanguageModel.Read(stream);
    }
}
