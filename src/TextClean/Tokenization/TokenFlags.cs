namespace TextClean.Tokenization;

/// <summary>
/// Facts about a token that later decisions need (money or plain number, hyphenated or not, ...).
/// A token can carry several flags, e.g. <c>-3.5%</c> is <see cref="HasSign"/> and <see cref="Percent"/>.
/// </summary>
[Flags]
public enum TokenFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>A number with a currency sign before or after it: <c>$20</c>, <c>€1.200,50</c>, <c>20€</c>.</summary>
    Money = 1 << 0,

    /// <summary>A number followed by <c>%</c> or <c>‰</c>: <c>3.5%</c>.</summary>
    Percent = 1 << 1,

    /// <summary>An ordinal: <c>1st</c>, <c>2nd</c>, <c>23rd</c>, <c>4th</c>.</summary>
    Ordinal = 1 << 2,

    /// <summary>A clock time: <c>10:30</c>, <c>10:30:15</c>, <c>5pm</c>, <c>10:30am</c>.</summary>
    Time = 1 << 3,

    /// <summary>A date: <c>2021-07-10</c>, <c>07/10/2021</c>.</summary>
    Date = 1 << 4,

    /// <summary>A fraction or ratio of two numbers: <c>1/2</c>, <c>24/7</c>.</summary>
    Fraction = 1 << 5,

    /// <summary>A number with a leading sign at a word start: <c>-5</c>, <c>+3</c>.</summary>
    HasSign = 1 << 6,

    /// <summary>A word with internal hyphens: <c>state-of-the-art</c>, <c>e-mail</c>.</summary>
    Hyphenated = 1 << 7,

    /// <summary>A word with an internal apostrophe: <c>don't</c>, <c>O'Neil</c>, <c>rock'n'roll</c>.</summary>
    Apostrophe = 1 << 8,

    /// <summary>An abbreviation that keeps its dots: <c>e.g.</c>, <c>U.S.</c>, <c>Dr.</c>.</summary>
    Abbreviation = 1 << 9,

    /// <summary>Punctuation repeated for emphasis or ellipsis: <c>!!!</c>, <c>?!?!</c>, <c>...</c>.</summary>
    Repeated = 1 << 10,

    /// <summary>A word that contains digits after its first letter: <c>abc123</c>, <c>mp3</c>.</summary>
    HasDigits = 1 << 11,

    /// <summary>The clitic part of a split contraction: <c>n't</c>, <c>'s</c>, <c>'ll</c> (only with <see cref="TokenizerOptions.SplitContractions"/>).</summary>
    Clitic = 1 << 12,

    /// <summary>One CJK ideograph; text without spaces in Han script gives one token per ideograph.</summary>
    Ideograph = 1 << 13,

    /// <summary>A phone number: <c>555-123-4567</c>, <c>(555) 123-4567</c>, <c>+44 20 7946 0958</c>.</summary>
    Phone = 1 << 14,

    /// <summary>An emoji written as a shortcode (<see cref="TokenKind.Emoji"/>): <c>:thumbs_up:</c>, <c>:+1:</c>.</summary>
    Shortcode = 1 << 15,
}
