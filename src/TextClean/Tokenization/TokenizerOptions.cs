namespace TextClean.Tokenization;

/// <summary>
/// Choices the tokenizer makes. Defaults keep compounds, contractions and alphanumeric words whole, and split
/// numbers from units (<c>54euros</c> gives <c>54</c> and <c>euros</c>) so that the number can be masked and the unit kept.
/// </summary>
public sealed class TokenizerOptions
{
    /// <summary>
    /// Split hyphenated words into parts and hyphens: <c>state-of-the-art</c> gives <c>state</c>, <c>-</c>, <c>of</c>, ...
    /// Default <see langword="false"/>: a hyphenated word is one <see cref="TokenKind.Word"/> with <see cref="TokenFlags.Hyphenated"/>.
    /// </summary>
    public bool SplitHyphens { get; set; }

    /// <summary>
    /// Split English contractions the way treebank tokenizers do: <c>don't</c> gives <c>do</c> + <c>n't</c>,
    /// <c>I'm</c> gives <c>I</c> + <c>'m</c>; the clitic carries <see cref="TokenFlags.Clitic"/>.
    /// Names such as <c>O'Neil</c> and <c>rock'n'roll</c> stay whole. Default <see langword="false"/>.
    /// </summary>
    public bool SplitContractions { get; set; }

    /// <summary>
    /// Split words that start with letters at the first digit: <c>abc123</c> gives <c>abc</c> + <c>123</c>.
    /// Default <see langword="false"/>: one <see cref="TokenKind.Word"/> with <see cref="TokenFlags.HasDigits"/>
    /// (product names such as <c>mp3</c> or <c>iphone12</c> survive).
    /// </summary>
    public bool SplitLettersFromDigits { get; set; }

    /// <summary>
    /// Keep a number and the letters glued after it together: <c>54euros</c> stays one <see cref="TokenKind.Word"/>
    /// with <see cref="TokenFlags.HasDigits"/>. Default <see langword="false"/>: <c>54</c> (number) and <c>euros</c> (word).
    /// Ordinal suffixes (<c>2nd</c>) and am/pm after a time (<c>5pm</c>) always stay with the number.
    /// </summary>
    public bool KeepNumbersWithLetters { get; set; }

    /// <summary>Recognize URLs and e-mail addresses. Default <see langword="true"/>.</summary>
    public bool RecognizeUrls { get; set; } = true;

    /// <summary>Recognize <c>@mentions</c> and <c>#hashtags</c>. Default <see langword="true"/>.</summary>
    public bool RecognizeSocialTokens { get; set; } = true;

    /// <summary>Recognize ASCII emoticons such as <c>:-)</c> and <c>&lt;3</c>. Default <see langword="true"/>.</summary>
    public bool RecognizeEmoticons { get; set; } = true;

    /// <summary>
    /// Recognize the placeholders normalizers write (<c>&lt;NUM&gt;</c>, <c>&lt;URL&gt;</c>, <c>&lt;NUM_1e3&gt;</c>) as one
    /// <see cref="TokenKind.Placeholder"/>. Default <see langword="true"/>.
    /// </summary>
    public bool RecognizePlaceholders { get; set; } = true;

    /// <summary>
    /// Recognize emoji shortcodes (<c>:thumbs_up:</c>, <c>:+1:</c>) as one <see cref="TokenKind.Emoji"/> with
    /// <see cref="TokenFlags.Shortcode"/>. Default <see langword="true"/>.
    /// </summary>
    public bool RecognizeShortcodes { get; set; } = true;

    /// <summary>A copy of these options.</summary>
    public TokenizerOptions Clone() => (TokenizerOptions)MemberwiseClone();
}
