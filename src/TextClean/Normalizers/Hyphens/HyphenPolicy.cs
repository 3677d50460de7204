namespace TextClean.Normalizers.Hyphens;

/// <summary>What to do with a hyphenated word such as <c>state-of-the-art</c>. Ranges (<c>1990-2000</c>), negative numbers,
/// phone numbers and dates are numbers, not hyphenated words, and are never touched.</summary>
public enum HyphenPolicy
{
    /// <summary>Keep the compound: <c>state-of-the-art</c>.</summary>
    Keep,

    /// <summary>Split it into words: <c>state of the art</c>.</summary>
    Split,

    /// <summary>Join the parts: <c>stateoftheart</c>.</summary>
    Join,

    /// <summary>The compound and its parts, for search: <c>state-of-the-art state of the art</c>.</summary>
    Both,
}
