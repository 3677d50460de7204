namespace TextClean.Filters;

/// <summary>
/// What a filter measured on one document: the rule it checked, the measured value and the limit it was held to, so a
/// rejected document says why in numbers (<c>quality.mean_word_length = 14.2, limit 10</c>).
/// </summary>
/// <param name="Rule">The rule, <c>filter.rule</c> (e.g. <c>length.min_words</c>, <c>language.keep</c>).</param>
/// <param name="Value">The measured value.</param>
/// <param name="Limit">The threshold the value was compared with.</param>
/// <param name="Detail">Extra text where a number is not enough: the language code found by the language filter.</param>
public readonly record struct FilterVerdict(string Rule, double Value, double Limit, string? Detail = null);
