using TextClean.Filters;
using TextClean.Tests.Support;

namespace TextClean.Tests.Filters;

/// <summary>Builds filters from <c>key=value</c> settings and reads the scraped-page fixtures next to the tests.</summary>
internal static class FilterTesting
{
    /// <summary>Every quality rule turned off; a test turns on the one it checks.</summary>
    public static readonly string[] QualityOff =
    [
        "min_mean_word_length=0", "max_mean_word_length=1000", "max_symbol_word_ratio=1", "max_bullet_lines=1", "max_ellipsis_lines=1",
        "min_alpha_words=0", "min_stop_words=0", "max_lines_without_terminal_punctuation=1", "reject_lorem_ipsum=false", "reject_curly_braces=false",
    ];

    /// <summary>Every repetition rule turned off.</summary>
    public static readonly string[] RepetitionOff =
    [
        "max_duplicate_line_share=1", "max_duplicate_paragraph_share=1", "max_duplicate_line_char_share=1", "max_duplicate_paragraph_char_share=1",
        "max_top_2gram_share=1", "max_top_3gram_share=1", "max_top_4gram_share=1", "max_duplicate_5gram_share=1", "max_duplicate_6gram_share=1",
        "max_duplicate_7gram_share=1", "max_duplicate_8gram_share=1", "max_duplicate_9gram_share=1", "max_duplicate_10gram_share=1",
    ];

    public static DocumentFilter Create(string name, params string[] settings) =>
        FilterRegistry.Default.Create(new FilterConfig(name, settings.Select(s => s.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], p[1]))));

    /// <summary>A filter with only the listed rules of <paramref name="off"/> changed by <paramref name="settings"/>.</summary>
    public static DocumentFilter Only(string name, string[] off, params string[] settings) => Create(name, [.. off, .. settings]);

    public static string Fixture(string name) => File.ReadAllText(TestData.PathOf($"tests/TextClean.Tests/Filters/Fixtures/{name}"));

    public static FilterVerdict Verdict(DocumentFilter filter, string text, out bool kept)
    {
        kept = filter.Keep(text, out var verdict);
        return verdict;
    }

    /// <summary>Asserts the filter rejects <paramref name="text"/> by <paramref name="rule"/> and returns the verdict.</summary>
    public static FilterVerdict Rejects(DocumentFilter filter, string text, string rule)
    {
        bool kept = filter.Keep(text, out var verdict);
        Assert.False(kept, $"kept, expected {rule}");
        Assert.Equal(rule, verdict.Rule);
        return verdict;
    }

    public static void Keeps(DocumentFilter filter, string text)
    {
        bool kept = filter.Keep(text, out var verdict);
        Assert.True(kept, $"rejected by {verdict.Rule} = {verdict.Value}, limit {verdict.Limit}");
    }
}
