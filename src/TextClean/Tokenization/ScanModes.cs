namespace TextClean.Tokenization;

/// <summary>The tokenizer options frozen into bits, so the per-token path reads one field.</summary>
[Flags]
internal enum ScanModes
{
    None = 0,
    SplitHyphens = 1,
    SplitContractions = 2,
    SplitLettersFromDigits = 4,
    KeepNumbersWithLetters = 8,
    Urls = 16,
    Social = 32,
    Emoticons = 64,
    Placeholders = 128,
    Shortcodes = 256,
}
