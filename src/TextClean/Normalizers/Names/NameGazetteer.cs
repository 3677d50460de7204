using System.Collections.Frozen;

namespace TextClean.Normalizers.Names;

/// <summary>
/// The first-name gazetteer (<see cref="NameData"/>), split once into case-insensitive sets that answer span lookups.
/// Case is ignored so that <c>JOHN</c> and <c>John</c> hit the same entry; the recognizer checks the shape itself.
/// </summary>
internal sealed class NameGazetteer
{
    private readonly WordList _firstNames;
    private readonly WordList _ambiguous;

    public NameGazetteer()
    {
        _firstNames = Split(NameData.FirstNames);
        _ambiguous = Split(NameData.Ambiguous);
    }

    /// <summary>True if <paramref name="word"/> is a first name in the gazetteer (any case).</summary>
    public bool IsFirstName(ReadOnlySpan<char> word) => _firstNames.Contains(word);

    /// <summary>True if <paramref name="word"/> is a first name that is also an English word (May, Will, Bill ...).</summary>
    public bool IsAmbiguous(ReadOnlySpan<char> word) => _ambiguous.Contains(word);

    private static WordList Split(string list) =>
        new(list.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
}
