namespace TextClean.Normalizers.Words;

/// <summary>What to do with English contractions (<c>don't</c>, <c>I'm</c>, <c>they'll</c>).</summary>
public enum ContractionPolicy
{
    /// <summary>Leave them.</summary>
    Keep,

    /// <summary>
    /// Split off the clitic as the Penn Treebank does: <c>don't</c> to <c>do n't</c>, <c>I'm</c> to <c>I 'm</c>,
    /// <c>John's</c> to <c>John 's</c>, <c>can't</c> to <c>ca n't</c>.
    /// </summary>
    Split,

    /// <summary>
    /// Write the full words: <c>don't</c> to <c>do not</c>, <c>I'm</c> to <c>I am</c>, <c>can't</c> to <c>cannot</c>,
    /// <c>won't</c> to <c>will not</c>, <c>it's</c> to <c>it is</c>. A possessive (<c>John's</c>) stays as it is; an
    /// ambiguous <c>'s</c> or <c>'d</c> reads as <c>is</c> and <c>would</c>.
    /// </summary>
    Expand,
}
