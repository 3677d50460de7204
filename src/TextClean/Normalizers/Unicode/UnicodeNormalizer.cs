using System.Text;
using TextClean.Pipeline;
using TextClean.Text;

namespace TextClean.Normalizers.Unicode;

/// <summary>The <c>unicode</c> normalizer: <see cref="MojibakeRepair"/> then <see cref="UnicodeCleaner"/>, as one character pass.</summary>
internal sealed class UnicodeNormalizer(NormalizerConfig config) : Normalizer(config)
{
    private readonly bool _repair = config.Get("mojibake") == "repair";
    private readonly UnicodeOptions _options = new()
    {
        Form = config.Get("form") == "nfkc" ? NormalizationForm.FormKC : NormalizationForm.FormC,
        RemoveControls = config.Get("controls") == "remove",
        RemoveInvisible = config.Get("invisible") == "remove",
    };

    public static NormalizerDefinition Definition { get; } = new(
        "unicode",
        "Repairs mojibake (UTF-8 read as Windows-1252: donâ€™t -> don’t), normalizes to NFC or NFKC, removes control and invisible characters but keeps those inside emoji.",
        200,
        [
            SettingDefinition.Choice("form", "NFC keeps compatibility characters (ﬁ, ²); NFKC folds them (fi, 2).", "nfc", "nfc", "nfkc"),
            SettingDefinition.Choice("mojibake", "Repair text that was decoded with the wrong encoding, or keep it.", "repair", "repair", "keep"),
            SettingDefinition.Choice("controls", "Remove control characters (not tab or line breaks), or keep them.", "remove", "remove", "keep"),
            SettingDefinition.Choice("invisible", "Remove invisible format characters (zero-width space, bidi marks) except inside emoji and joining scripts, or keep them.", "remove", "remove", "keep"),
        ],
        c => new UnicodeNormalizer(c));

    public override bool RewritesText => true;

    public override string RewriteText(string text, List<TextEdit>? edits)
    {
        if (!_repair)
        {
            return UnicodeCleaner.Clean(text, _options, edits);
        }

        var repairEdits = edits is null ? null : new List<TextEdit>();
        string repaired = MojibakeRepair.Repair(text, repairEdits);
        if (edits is null)
        {
            return UnicodeCleaner.Clean(repaired, _options);
        }

        var cleanEdits = new List<TextEdit>();
        string cleaned = UnicodeCleaner.Clean(repaired, _options, cleanEdits);
        edits.AddRange(TextEdit.Compose(repairEdits!, cleanEdits, repaired));
        return cleaned;
    }
}
