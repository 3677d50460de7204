namespace TextClean.Languages;

/// <summary>A language the identifier knows: its ISO 639-3 code, the macrolanguage it belongs to (if any) and its English name.</summary>
/// <param name="Code">The ISO 639-3 individual-language code (<c>arb</c>, <c>cmn</c>, <c>nob</c>).</param>
/// <param name="Macrolanguage">The ISO 639-3 macrolanguage code (<c>ara</c>, <c>zho</c>, <c>nor</c>), or the code itself.</param>
/// <param name="Name">The English name.</param>
public sealed record LanguageInfo(string Code, string Macrolanguage, string Name)
{
    /// <summary>The 60 languages of the built-in model, by code.</summary>
    public static IReadOnlyList<LanguageInfo> All { get; } =
    [
        new("afr", "afr", "Afrikaans"), new("als", "sqi", "Albanian (Tosk)"), new("amh", "amh", "Amharic"), new("arb", "ara", "Arabic (Standard)"),
        new("azj", "aze", "Azerbaijani (North)"), new("bel", "bel", "Belarusian"), new("ben", "ben", "Bengali"), new("bul", "bul", "Bulgarian"),
        new("cat", "cat", "Catalan"), new("ces", "ces", "Czech"), new("cmn", "zho", "Chinese (Mandarin)"), new("dan", "dan", "Danish"),
        new("deu", "deu", "German"), new("ekk", "est", "Estonian (Standard)"), new("ell", "ell", "Greek"), new("eng", "eng", "English"),
        new("eus", "eus", "Basque"), new("fin", "fin", "Finnish"), new("fra", "fra", "French"), new("glg", "glg", "Galician"),
        new("guj", "guj", "Gujarati"), new("heb", "heb", "Hebrew"), new("hin", "hin", "Hindi"), new("hrv", "hbs", "Croatian"),
        new("hun", "hun", "Hungarian"), new("hye", "hye", "Armenian"), new("ind", "msa", "Indonesian"), new("isl", "isl", "Icelandic"),
        new("ita", "ita", "Italian"), new("jpn", "jpn", "Japanese"), new("kan", "kan", "Kannada"), new("kat", "kat", "Georgian"),
        new("kor", "kor", "Korean"), new("lit", "lit", "Lithuanian"), new("lvs", "lav", "Latvian (Standard)"), new("mal", "mal", "Malayalam"),
        new("mar", "mar", "Marathi"), new("mkd", "mkd", "Macedonian"), new("nld", "nld", "Dutch"), new("nob", "nor", "Norwegian (Bokmål)"),
        new("pes", "fas", "Persian (Iranian)"), new("pol", "pol", "Polish"), new("por", "por", "Portuguese"), new("ron", "ron", "Romanian"),
        new("rus", "rus", "Russian"), new("slk", "slk", "Slovak"), new("slv", "slv", "Slovenian"), new("spa", "spa", "Spanish"),
        new("srp", "hbs", "Serbian"), new("swe", "swe", "Swedish"), new("swh", "swa", "Swahili"), new("tam", "tam", "Tamil"),
        new("tel", "tel", "Telugu"), new("tgl", "tgl", "Tagalog"), new("tha", "tha", "Thai"), new("tur", "tur", "Turkish"),
        new("ukr", "ukr", "Ukrainian"), new("urd", "urd", "Urdu"), new("vie", "vie", "Vietnamese"), new("zlm", "msa", "Malay"),
    ];

    /// <summary>The language with <paramref name="code"/>, or null.</summary>
    public static LanguageInfo? Find(string code) => All.FirstOrDefault(l => l.Code == code);
}
