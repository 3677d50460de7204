namespace TextClean.Languages;

/// <summary>The writing systems that narrow the candidates before any n-gram is counted.</summary>
internal enum Script : byte
{
    None,
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Gujarati,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Thai,
    Georgian,
    Hangul,
    Ethiopic,
    Kana,
    Han,
    Other,
}

/// <summary>Which script a letter belongs to, by Unicode block (the blocks of the letters the 60 languages write).</summary>
internal static class Scripts
{
    public const int Count = (int)Script.Other + 1;

    public static Script Of(int c) => c switch
    {
        < 0x41 => Script.None,
        <= 0x24F => char.IsLetter((char)c) ? Script.Latin : Script.None,
        >= 0x370 and <= 0x3FF => Script.Greek,
        >= 0x400 and <= 0x52F => Script.Cyrillic,
        >= 0x531 and <= 0x58F => Script.Armenian,
        >= 0x591 and <= 0x5FF => Script.Hebrew,
        >= 0x600 and <= 0x6FF or >= 0x750 and <= 0x77F or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF => Script.Arabic,
        >= 0x900 and <= 0x97F => Script.Devanagari,
        >= 0x980 and <= 0x9FF => Script.Bengali,
        >= 0xA80 and <= 0xAFF => Script.Gujarati,
        >= 0xB80 and <= 0xBFF => Script.Tamil,
        >= 0xC00 and <= 0xC7F => Script.Telugu,
        >= 0xC80 and <= 0xCFF => Script.Kannada,
        >= 0xD00 and <= 0xD7F => Script.Malayalam,
        >= 0xE00 and <= 0xE7F => Script.Thai,
        >= 0x10A0 and <= 0x10FF or >= 0x1C90 and <= 0x1CBF => Script.Georgian,
        >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F or >= 0xAC00 and <= 0xD7AF => Script.Hangul,
        >= 0x1200 and <= 0x139F or >= 0x2D80 and <= 0x2DDF or >= 0xAB00 and <= 0xAB2F => Script.Ethiopic,
        >= 0x1E00 and <= 0x1EFF => Script.Latin,
        >= 0x3040 and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0xFF66 and <= 0xFF9F => Script.Kana,
        >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF => Script.Han,
        _ => char.IsLetter((char)Math.Min(c, 0xFFFF)) ? Script.Other : Script.None,
    };
}
