using System.Text;

namespace TextClean.Normalizers.Unicode;

/// <summary>What <see cref="UnicodeCleaner"/> normalizes and removes. The defaults: NFC, controls and invisible characters removed.</summary>
public sealed class UnicodeOptions
{
    private readonly NormalizationForm _form = NormalizationForm.FormC;

    /// <summary>The defaults: NFC, <see cref="RemoveControls"/> and <see cref="RemoveInvisible"/> on.</summary>
    public static UnicodeOptions Default { get; } = new();

    /// <summary>
    /// The normalization form: <see cref="NormalizationForm.FormC"/> (NFC, the default: composes <c>e</c> + U+0301 into
    /// <c>é</c>, never changes how text looks) or <see cref="NormalizationForm.FormKC"/> (NFKC: also folds compatibility
    /// characters, such as the ligature <c>ﬁ</c> into <c>fi</c>, full-width <c>ＡＢＣ</c> into <c>ABC</c>, <c>²</c> into
    /// <c>2</c> and the no-break and typographic spaces into U+0020).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The form is neither NFC nor NFKC.</exception>
    public NormalizationForm Form
    {
        get => _form;
        init => _form = value is NormalizationForm.FormC or NormalizationForm.FormKC
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "only FormC (NFC) and FormKC (NFKC) are supported");
    }

    /// <summary>
    /// Removes the C0 and C1 control characters (U+0000–U+001F, U+007F, U+0080–U+009F) except the ones that are
    /// whitespace: tab, line feed, vertical tab, form feed, carriage return and U+0085 (NEL), which are left for the
    /// whitespace pass so that no two words are glued together. Default: <see langword="true"/>.
    /// </summary>
    public bool RemoveControls { get; init; } = true;

    /// <summary>
    /// Removes invisible format characters: zero-width space U+200B, word joiner U+2060, invisible operators
    /// U+2061–U+2064, byte order mark U+FEFF (anywhere, also at the start), soft hyphen U+00AD, Mongolian vowel separator
    /// U+180E, the bidi controls (LRM U+200E, RLM U+200F, ALM U+061C, embeddings and overrides U+202A–U+202E, isolates
    /// U+2066–U+2069), the deprecated format characters U+206A–U+206F, interlinear annotation characters U+FFF9–U+FFFB
    /// and the language tag U+E0001. Characters that belong to emoji and joining scripts are removed only where they do
    /// nothing (see <see cref="UnicodeCleaner"/> for the rules): ZWJ U+200D, ZWNJ U+200C, variation selectors
    /// U+FE00–U+FE0F and tag characters U+E0020–U+E007F. Default: <see langword="true"/>.
    /// </summary>
    public bool RemoveInvisible { get; init; } = true;
}
