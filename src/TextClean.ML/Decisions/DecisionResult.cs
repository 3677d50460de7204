namespace TextClean.ML.Decisions;

/// <summary>What one cleaning config gives: the classifier's metrics over the folds, the vocabulary, and examples.</summary>
/// <param name="Label">"base", "course regex", or the changed decision ("numbers: keep").</param>
/// <param name="Variant">The changed decision; null for the base config and the course regex.</param>
/// <param name="Accuracy">Accuracy over the folds.</param>
/// <param name="MacroF1">Macro-F1 over the folds.</param>
/// <param name="Auc">AUC over the folds (one-vs-rest macro with more than two classes).</param>
/// <param name="Vocabulary">Distinct tokens of the cleaned corpus (TextClean's tokenizer).</param>
/// <param name="ChangedDocuments">Documents whose cleaned text differs from the base config's.</param>
/// <param name="Examples">A few of those changes, as excerpts of the base and this config's text.</param>
/// <param name="SameTextAs">When this config cleans every document exactly as another one does (<c>base</c>, or another
/// value of the same decision), that config's label; its metrics are that config's, not trained again.</param>
public sealed record DecisionResult(
    string Label,
    DecisionVariant? Variant,
    Metric Accuracy,
    Metric MacroF1,
    Metric Auc,
    int Vocabulary,
    int ChangedDocuments,
    IReadOnlyList<DecisionExample> Examples,
    string? SameTextAs = null);

/// <summary>One document where a decision changed the cleaned text: the same stretch under the base config and under the change.</summary>
/// <param name="Row">The document's row in the data (0-based).</param>
/// <param name="Base">The stretch as the base config cleans it.</param>
/// <param name="Changed">The same stretch under the changed decision.</param>
public sealed record DecisionExample(int Row, string Base, string Changed);
