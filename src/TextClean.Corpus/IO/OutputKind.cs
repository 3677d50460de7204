namespace TextClean.Corpus.IO;

/// <summary>Which output a writer writes.</summary>
public enum OutputKind
{
    /// <summary>Documents that passed every stage, with their cleaned text.</summary>
    Kept,

    /// <summary>Documents a filter rejected, with their original text and the filter's verdict.</summary>
    Rejected,
}
