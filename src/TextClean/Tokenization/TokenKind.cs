namespace TextClean.Tokenization;

/// <summary>What a token is. The tokenizer recognizes each kind once; normalizers decide what to do per kind.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, with digits, marks, internal hyphens and apostrophes: <c>word</c>, <c>state-of-the-art</c>, <c>don't</c>, <c>abc123</c>, <c>日</c>.</summary>
    Word,

    /// <summary>A number, possibly with sign, separators, currency, percent, ordinal, time or date shape (see <see cref="TokenFlags"/>).</summary>
    Number,

    /// <summary>Punctuation; a run of the same mark (<c>!!!</c>, <c>...</c>) or of <c>!</c>/<c>?</c> (<c>?!?!</c>) is one token.</summary>
    Punctuation,

    /// <summary>Symbols that are not emoji: <c>+</c>, <c>=</c>, <c>©</c>, <c>™</c>, <c>§</c>, a lone currency sign.</summary>
    Symbol,

    /// <summary>One emoji sequence: a ZWJ sequence, a skin-tone modifier sequence, a flag, a keycap or a tag sequence.</summary>
    Emoji,

    /// <summary>An ASCII emoticon such as <c>:-)</c>, <c>;)</c>, <c>:D</c> or <c>&lt;3</c>.</summary>
    Emoticon,

    /// <summary>A URL: <c>https://example.com/a?b=c#d</c>, <c>www.example.com</c>, <c>example.com/path</c>.</summary>
    Url,

    /// <summary>An e-mail address: <c>john.doe+tag@example.co.uk</c>.</summary>
    Email,

    /// <summary>A user mention: <c>@user</c>.</summary>
    Mention,

    /// <summary>A hashtag: <c>#MachineLearning</c>.</summary>
    Hashtag,

    /// <summary>
    /// A placeholder a normalizer wrote in place of something it masked: <c>&lt;NUM&gt;</c>, <c>&lt;URL&gt;</c>,
    /// <c>&lt;NUM_1e3&gt;</c>. Recognized so that cleaning cleaned text changes nothing (see <see cref="TextClean.Text.Placeholders"/>).
    /// </summary>
    Placeholder,
}
