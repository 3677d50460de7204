namespace TextClean.Filters;

/// <summary>The filters every job can use.</summary>
internal static class BuiltInFilters
{
    public static IReadOnlyList<FilterDefinition> All { get; } = [];
}
