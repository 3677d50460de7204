using System.Text.RegularExpressions;
using TextClean.Filters;
using TextClean.Languages;
using TextClean.Pipeline;
using static TextClean.Tests.Filters.FilterTesting;

namespace TextClean.Tests.Filters;

/// <summary>The built-in filter registry: names, settings, validation errors and creation with defaults.</summary>
public partial class FilterRegistryTests
{
    [Fact]
    public void The_built_in_filters_are_registered_in_order()
    {
        Assert.Equal(["length", "quality", "repetition", "language"], FilterRegistry.Default.Names);
    }

    [Fact]
    public void Every_setting_has_a_snake_case_name_a_one_sentence_summary_and_a_valid_default()
    {
        foreach (var definition in FilterRegistry.Default.Definitions)
        {
            Assert.EndsWith(".", definition.Summary, StringComparison.Ordinal);
            Assert.NotEmpty(definition.Settings);
            foreach (var setting in definition.Settings)
            {
                Assert.Matches(SnakeCase(), setting.Name);
                Assert.EndsWith(".", setting.Summary, StringComparison.Ordinal);
                Assert.Null(setting.Check(setting.Default));
            }
        }
    }

    [Fact]
    public void Create_with_defaults_gives_a_working_filter()
    {
        var quality = FilterRegistry.Default.Create(new FilterConfig("quality"));
        Assert.Equal("quality", quality.Name);
        Assert.Equal("0.1", quality.Config["max_symbol_word_ratio"]);
        Keeps(quality, Fixture("english.txt"));
        foreach (string name in FilterRegistry.Default.Names)
        {
            Keeps(FilterRegistry.Default.Create(new FilterConfig(name)), Fixture("english.txt"));
        }
    }

    [Fact]
    public void An_unknown_filter_is_reported_with_a_suggestion()
    {
        var error = Assert.Single(FilterRegistry.Default.Validate(new FilterConfig("qualty"), "filters[1]"));
        Assert.Equal("filters[1]", error.Path);
        Assert.Equal("quality", error.Suggestion);
        Assert.Contains("unknown filter 'qualty'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_setting_is_reported_at_its_path_with_a_suggestion()
    {
        var error = Assert.Single(FilterRegistry.Default.Validate(new FilterConfig("length", [KeyValuePair.Create("min_word", "50")]), "filters[0]"));
        Assert.Equal("filters[0].length.min_word", error.Path);
        Assert.Equal("min_words", error.Suggestion);
        Assert.Contains("max_chars", error.Allowed);
    }

    [Fact]
    public void Bad_values_are_reported_with_what_is_allowed()
    {
        var config = new FilterConfig("quality", [
            KeyValuePair.Create("max_bullet_lines", "1.5"),
            KeyValuePair.Create("min_stop_words", "two"),
            KeyValuePair.Create("reject_curly_braces", "yes"),
            KeyValuePair.Create("stop_words", "engl"),
        ]);
        var errors = FilterRegistry.Default.Validate(config, "filters[2]").ToList();
        Assert.Equal(4, errors.Count);
        Assert.Equal("filters[2].quality.max_bullet_lines", errors[0].Path);
        Assert.Contains("must be a number from 0 to 1: 1.5 is out of range", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("'two' is not an integer", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(["true", "false"], errors[2].Allowed);
        Assert.Equal("eng", errors[3].Suggestion);

        var thrown = Assert.Throws<ConfigException>(() => FilterRegistry.Default.Create(config));
        Assert.Equal(4, thrown.Errors.Count);
    }

    [Fact]
    public void Language_keep_accepts_the_identifiers_languages_and_macrolanguages_only()
    {
        var keep = FilterRegistry.Default.Definitions.Single(d => d.Name == "language").FindSetting("keep")!;
        Assert.Contains("eng", keep.AllowedValues);
        Assert.Contains("zlm", keep.AllowedValues);
        Assert.Contains("msa", keep.AllowedValues);
        Assert.Contains("zho", keep.AllowedValues);
        Assert.DoesNotContain("und", keep.AllowedValues);
        Assert.Null(keep.Check("msa,eng"));

        // The allowed codes come from LanguageInfo without loading the model; they must be the model's languages.
        var individual = keep.AllowedValues.Where(code => LanguageInfo.Find(code) is not null).Order(StringComparer.Ordinal);
        Assert.Equal(LanguageIdentifier.Default.Languages.Order(StringComparer.Ordinal), individual);

        var error = Assert.Single(FilterRegistry.Default.Validate(new FilterConfig("language", [KeyValuePair.Create("keep", "eng,enx")]), "filters[3]"));
        Assert.Equal("filters[3].language.keep", error.Path);
        Assert.Contains("'enx' is not allowed", error.Message, StringComparison.Ordinal);
        Assert.Equal("eng", error.Suggestion);
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
