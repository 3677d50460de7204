namespace TextClean.Languages;

/// <summary>
/// Trains a <see cref="LanguageModel"/> from text per language: counts character n-grams of orders 1-5, keeps each language's
/// most frequent ones, and turns counts into add-½ smoothed log-probabilities per order.
/// </summary>
public sealed class LanguageModelBuilder
{
    private readonly Dictionary<string, Counts> _languages = new(StringComparer.Ordinal);
    private readonly int _keep;

    /// <summary>Creates a builder keeping at most <paramref name="ngramsPerLanguage"/> n-grams per language.</summary>
    public LanguageModelBuilder(int ngramsPerLanguage = 6000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ngramsPerLanguage, 100);
        _keep = ngramsPerLanguage;
    }

    /// <summary>
    /// Adds training text of <paramref name="language"/>: an ISO 639-3 code, optionally with a script subtag for a second model
    /// of the same language in another script (<c>srp-Latn</c>), which the identifier reports as the language itself.
    /// </summary>
    public void Add(string language, ReadOnlySpan<char> text)
    {
        ArgumentException.ThrowIfNullOrEmpty(language);
        if (!_languages.TryGetValue(language, out var counts))
        {
            _languages[language] = counts = new Counts();
        }

        var reader = new NgramReader(text);
        while (reader.TryNext(out uint key))
        {
            counts.Ngrams[key] = counts.Ngrams.GetValueOrDefault(key) + 1;
        }

        var scripts = reader.Scripts;
        for (int s = 1; s < Scripts.Count; s++)
        {
            counts.Scripts[s] += scripts[(Script)s];
        }
    }

    /// <summary>Builds the model; languages are ordered by code.</summary>
    public LanguageModel Build()
    {
        var codes = _languages.Keys.Order(StringComparer.Ordinal).ToArray();
        var scripts = new uint[codes.Length];
        var unseen = new float[codes.Length * LanguageModel.MaxOrder];
        var tables = new List<Dictionary<uint, float>>();

        // An n-gram a language never saw costs the same in every language: with a per-language estimate, the languages with
        // the least training text would win every text full of n-grams nobody saw. The shared cost is that of the language
        // with the most text (the rarest an n-gram can be and still be seen).
        var denominators = new double[codes.Length, LanguageModel.MaxOrder];
        for (int l = 0; l < codes.Length; l++)
        {
            for (int order = 1; order <= LanguageModel.MaxOrder; order++)
            {
                var ofOrder = _languages[codes[l]].Ngrams.Where(p => NgramReader.OrderOf(p.Key) == order).ToList();
                denominators[l, order - 1] = ofOrder.Sum(p => (double)p.Value) + (0.5 * Math.Max(1, ofOrder.Count));
            }
        }

        for (int l = 0; l < codes.Length; l++)
        {
            var counts = _languages[codes[l]];
            // The scripts that carry at least a fifth of the language's letters (Serbian is written in two).
            long letters = counts.Scripts.Sum();
            for (int script = 1; script < Scripts.Count; script++)
            {
                if (counts.Scripts[script] * 5 >= letters && counts.Scripts[script] > 0)
                {
                    scripts[l] |= 1u << script;
                }
            }

            var table = new Dictionary<uint, float>();
            for (int order = 1; order <= LanguageModel.MaxOrder; order++)
            {
                double largest = Enumerable.Range(0, codes.Length).Max(k => denominators[k, order - 1]);
                unseen[(l * LanguageModel.MaxOrder) + order - 1] = (float)Math.Log(0.5 / largest);
                double denominator = denominators[l, order - 1];

                // Each order gets its share of the kept n-grams, the most frequent first.
                foreach (var (key, count) in counts.Ngrams.Where(p => NgramReader.OrderOf(p.Key) == order)
                    .OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(_keep / LanguageModel.MaxOrder))
                {
                    table[key] = (float)Math.Log((count + 0.5) / denominator);
                }
            }

            tables.Add(table);
        }

        return new LanguageModel(codes, scripts, unseen, tables);
    }

    private sealed class Counts
    {
        public Dictionary<uint, long> Ngrams { get; } = [];

        public long[] Scripts { get; } = new long[TextClean.Languages.Scripts.Count];
    }
}
