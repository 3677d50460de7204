namespace TextClean.Filters;

/// <summary>The filters every job can use, in the order a job usually runs them (cheapest and most decisive first).</summary>
internal static class BuiltInFilters
{
    public static IReadOnlyList<FilterDefinition> All { get; } =
    [
        LengthFilter.Definition,
        QualityFilter.Definition,
        RepetitionFilter.Definition,
        LanguageFilter.Definition,
    ];
}
