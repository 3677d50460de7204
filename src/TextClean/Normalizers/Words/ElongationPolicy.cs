namespace TextClean.Normalizers.Words;

/// <summary>What to do with elongated words (<c>soooo</c>, <c>yessss</c>, <c>NOOOO</c>).</summary>
public enum ElongationPolicy
{
    /// <summary>Leave them.</summary>
    Keep,

    /// <summary>Shorten every run of three or more equal letters to <c>max_repeat</c> letters: <c>soooo</c> to <c>soo</c>.</summary>
    Collapse,

    /// <summary>Collapse, and mark that the word was elongated so the emphasis survives: <c>soooo</c> to <c>soo &lt;ELONG&gt;</c>.</summary>
    Mark,
}
