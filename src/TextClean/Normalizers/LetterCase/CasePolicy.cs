namespace TextClean.Normalizers.LetterCase;

/// <summary>What to do with letter case.</summary>
public enum CasePolicy
{
    /// <summary>Leave it.</summary>
    Keep,

    /// <summary>Lower-case (invariant culture).</summary>
    Lower,

    /// <summary>Full Unicode case folding, for caseless matching: <c>Straße</c> and <c>STRASSE</c> both become <c>strasse</c>.</summary>
    Casefold,

    /// <summary>Lower-case, but keep words written in capitals (acronyms such as NASA, shouting such as FREE) and placeholders.</summary>
    Smart,
}
