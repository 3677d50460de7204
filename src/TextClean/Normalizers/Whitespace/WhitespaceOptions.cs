namespace TextClean.Normalizers.Whitespace;

/// <summary>What <see cref="WhitespaceCleaner"/> makes of a run of whitespace that contains line breaks.</summary>
public enum ParagraphMode
{
    /// <summary>
    /// Keeps the line structure (the default): a run with one line break becomes <c>"\n"</c>, a run with two or more
    /// (a paragraph break) becomes <c>"\n\n"</c>.
    /// </summary>
    Keep,

    /// <summary>
    /// Keeps paragraphs but joins the lines of a paragraph (hard-wrapped mail text): a run with one line break becomes
    /// <c>" "</c>, a run with two or more becomes <c>"\n\n"</c>.
    /// </summary>
    JoinLines,

    /// <summary>Folds everything onto one line: every run becomes <c>" "</c>.</summary>
    Fold,
}

/// <summary>How <see cref="WhitespaceCleaner"/> treats line and paragraph breaks.</summary>
public sealed class WhitespaceOptions
{
    /// <summary>The defaults: <see cref="ParagraphMode.Keep"/>.</summary>
    public static WhitespaceOptions Default { get; } = new();

    /// <summary>What a run of whitespace with line breaks becomes. Default: <see cref="ParagraphMode.Keep"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="ParagraphMode"/>.</exception>
    public ParagraphMode Paragraphs
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "unknown paragraph mode");
    } = ParagraphMode.Keep;
}
