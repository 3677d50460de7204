using TextClean.Pipeline;

namespace TextClean.ML.Decisions;

/// <summary>The outcome of a decision run: the base config, the course-regex contrast, and every changed decision.</summary>
/// <param name="BaseConfig">The base pipeline config (resolved).</param>
/// <param name="Base">The base config's result.</param>
/// <param name="CourseRegex">The textbook cleaning (lower-case, every run of non-letters to one space), for contrast.</param>
/// <param name="Decisions">One result per changed decision, in registry order.</param>
/// <param name="Classes">The class labels, in the order the metrics use (ordinal); with two, the second is the positive class of the AUC.</param>
/// <param name="Rows">Number of labelled documents.</param>
/// <param name="Folds">Number of cross-validation folds.</param>
/// <param name="Seed">Seed of the folds and of the trainer.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record DecisionReport(
    PipelineConfig BaseConfig,
    DecisionResult Base,
    DecisionResult CourseRegex,
    IReadOnlyList<DecisionResult> Decisions,
    IReadOnlyList<string> Classes,
    int Rows,
    int Folds,
    int Seed,
    TimeSpan Elapsed);
