namespace TextClean.Normalizers.Quotes;

/// <summary>What to do with typographic quotes and apostrophes, or with dashes.</summary>
public enum QuotesPolicy
{
    /// <summary>Leave them.</summary>
    Keep,

    /// <summary>Write the ASCII mark: <c>‘’‚‛′´ʼ</c> to <c>'</c>, <c>“”„‟″«»</c> to <c>"</c>; dashes <c>‐‑‒–−</c> to <c>-</c> and <c>—―</c> to <c>--</c>.</summary>
    Ascii,
}

/// <summary>What to do with ellipses.</summary>
public enum EllipsisPolicy
{
    /// <summary>Leave them.</summary>
    Keep,

    /// <summary><c>…</c> to <c>...</c>.</summary>
    Ascii,

    /// <summary>A run of three or more dots to one <c>…</c>.</summary>
    Unicode,
}
