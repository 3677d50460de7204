namespace TextClean.Normalizers.Punctuation;

/// <summary>What to do with punctuation. Whatever the policy, removing a mark never glues words: <c>end.Start</c> becomes <c>end Start</c>.</summary>
public enum PunctuationPolicy
{
    /// <summary>Leave it.</summary>
    Keep,

    /// <summary>Collapse emphasis and long ellipses: <c>!!!</c> to <c>!</c>, <c>?!?!</c> to <c>?!</c>, <c>......</c> to <c>...</c>. Other runs (<c>---</c>, <c>__</c>) are left as they are.</summary>
    Collapse,

    /// <summary>Collapse repeats and mark the emphasis so the signal survives: <c>!!!</c> to <c>! &lt;REPEAT&gt;</c>.</summary>
    Mark,

    /// <summary>Keep only the expressive marks <c>!</c> and <c>?</c> (collapsed and marked as in <see cref="Mark"/>); remove the rest.</summary>
    Expressive,

    /// <summary>Remove all punctuation.</summary>
    Remove,
}

/// <summary>What to do with symbols (<c>&amp;</c>, <c>©</c>, <c>+</c>, <c>$</c> on its own).</summary>
public enum SymbolPolicy
{
    /// <summary>Leave them.</summary>
    Keep,

    /// <summary>Remove them.</summary>
    Remove,
}
