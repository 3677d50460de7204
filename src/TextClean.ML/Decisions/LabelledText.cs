namespace TextClean.ML.Decisions;

/// <summary>One labelled document of a decision run.</summary>
/// <param name="Text">The raw text, before any cleaning.</param>
/// <param name="Label">Its class.</param>
public sealed record LabelledText(string Text, string Label);
