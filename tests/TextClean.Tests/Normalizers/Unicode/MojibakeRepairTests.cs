using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TextClean.Normalizers.Unicode;
using TextClean.Tests.Support;
using TextClean.Text;
using Xunit.Abstractions;

namespace TextClean.Tests.Normalizers.Unicode;

public sealed class MojibakeRepairTests
{
    // Windows-1252 bytes 0x80–0x9F, written out independently of the library; the five bytes cp1252 leaves
    // undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come out as the Latin-1 C1 controls.
    private const string Cp1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private readonly ITestOutputHelper _output;

    public MojibakeRepairTests(ITestOutputHelper output) => _output = output;

    /// <summary>What a UTF-8 → Windows-1252 mix-up makes of <paramref name="text"/>.</summary>
    private static string AsCp1252(string text) =>
        string.Concat(Encoding.UTF8.GetBytes(text).Select(b => b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b));

    /// <summary>What a UTF-8 → Latin-1 mix-up makes of <paramref name="text"/>.</summary>
    private static string AsLatin1(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>Repairs, checks the edits reproduce the output and agree with LooksLikeMojibake, returns the output.</summary>
    private static string RepairChecked(string input)
    {
        var edits = new List<TextEdit>();
        var output = MojibakeRepair.Repair(input, edits);
        Assert.Equal(output, TextEdit.Apply(input, edits));
        Assert.All(edits, edit => Assert.Equal("mojibake", edit.Reason));
        Assert.Equal(!ReferenceEquals(output, input), edits.Count > 0);
        Assert.Equal(edits.Count > 0, MojibakeRepair.LooksLikeMojibake(input));
        Assert.Equal(output, MojibakeRepair.Repair(output));
        return output;
    }

    [Theory]
    [InlineData("donâ€™t", "don’t")]
    [InlineData("cafÃ©", "café")]
    [InlineData("ðŸ˜‰", "😉")]
    [InlineData("Iâ€™m â€œquotedâ€\u009d â€” ok", "I’m “quoted” — ok")]
    [InlineData("MÃ¼nchen", "München")]
    [InlineData("ÃœBER", "ÜBER")]
    [InlineData("Ã‰COLE", "ÉCOLE")]
    [InlineData("NESTLÃ‰Â®", "NESTLÉ®")]
    [InlineData("ACMEÂ®", "ACME®")]
    [InlineData("Â© 2020", "© 2020")]
    [InlineData("20Â°C", "20°C")]
    [InlineData("costs Â£100", "costs £100")]
    [InlineData("Ã€ bientÃ´t", "À bientôt")]
    [InlineData("ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€", "Привет мир")]
    [InlineData("Ð² Ð¼Ð¾Ñ\u0081ÐºÐ²Ðµ", "в москве")]
    [InlineData("Î±Î²Î³", "αβγ")]
    [InlineData("×¢×‘×¨×™×ª", "עברית")]
    [InlineData("æ—¥æœ¬èªž", "日本語")]
    [InlineData("Viá»‡t Nam", "Việt Nam")]
    [InlineData("Å‚Ã³dÅº", "łódź")]
    [InlineData("È™i", "și")]
    [InlineData("Â«cafÃ©Â»", "«café»")]
    [InlineData("«cafÃ©»", "«café»")]
    [InlineData("ï»¿Hello", "\uFEFFHello")]
    [InlineData("â‚¬5", "€5")]
    [InlineData("1â€“2", "1–2")]
    [InlineData("ðŸ‘ðŸ½", "ðŸ‘ðŸ½")] // 0x8D lost: not complete sequences, kept
    public void Repairs_mojibake(string input, string expected) => Assert.Equal(expected, RepairChecked(input));

    [Theory]
    [InlineData("café")]
    [InlineData("don’t")]
    [InlineData("😉")]
    [InlineData("Ça va? Ölçü, Øre, Ýmir, Ñandú, Ætt")]
    [InlineData("Ŀ, ǅ, Ǳ, Ȁ")]
    public void Repairs_text_mangled_through_Windows_1252_once_twice_and_three_times(string original)
    {
        var once = AsCp1252(original);
        var twice = AsCp1252(once);
        var thrice = AsCp1252(twice);
        Assert.Equal(original, RepairChecked(once));
        Assert.Equal(original, RepairChecked(twice));
        Assert.Equal(original, RepairChecked(thrice));
    }

    [Fact]
    public void Double_encoding_examples()
    {
        Assert.Equal("cafÃƒÂ©", AsCp1252(AsCp1252("café")));
        Assert.Equal("café", RepairChecked("cafÃƒÂ©"));
        Assert.Equal("don’t", RepairChecked("donÃ¢â‚¬â„¢t"));
    }

    [Theory]
    [InlineData("donâ\u0080\u0099t", "don’t")]
    [InlineData("Ã\u0081rbol", "Árbol")]
    [InlineData("caf\u00C3\u00A9", "café")]
    [InlineData("cafe\u00CC\u0081", "cafe\u0301")]
    [InlineData("ð\u009F\u0098\u0089", "😉")]
    [InlineData("Å\u0081Ã³dÅº", "Łódź")]
    [InlineData("Ã\u008Dndice", "Índice")]
    public void Repairs_Latin_1_variants_with_C1_controls(string input, string expected) =>
        Assert.Equal(expected, RepairChecked(input));

    [Theory]
    [InlineData("naïve café in São Paulo — “quoted” ½ × 3")]
    [InlineData("Ärger über Öl")]
    [InlineData("Привет 日本語 😉 ’ “ ” … €")]
    public void Repairs_Latin_1_decoding_of_any_text(string original)
    {
        Assert.Equal(original, RepairChecked(AsLatin1(original)));
        Assert.Equal(original, RepairChecked(AsLatin1(AsLatin1(original))));
    }

    [Fact]
    public void Mixed_text_changes_only_the_broken_words()
    {
        const string input = "I donâ€™t like the cafÃ© in São Paulo";
        var edits = new List<TextEdit>();
        var output = MojibakeRepair.Repair(input, edits);
        Assert.Equal("I don’t like the café in São Paulo", output);
        Assert.Equal(
            [new TextEdit(5, 3, "’", "mojibake"), new TextEdit(22, 2, "é", "mojibake")],
            edits);
        Assert.Equal(output, TextEdit.Apply(input, edits));
    }

    [Theory]
    [InlineData("NESTLÉ®")]
    [InlineData("Ã")]
    [InlineData("Ã alone")]
    [InlineData("São Paulo")]
    [InlineData("Ärger")]
    [InlineData("naïve")]
    [InlineData("±5°C")]
    [InlineData("£100")]
    [InlineData("© 2020")]
    [InlineData("Ω")]
    [InlineData("×÷")]
    [InlineData("¿Qué?")]
    [InlineData("¡Hola!")]
    [InlineData("Der Ärger über die Größe der Straße ließ Jürgen nicht schlafen.")]
    [InlineData("Où est le garçon? À l’été, il mangé… « Ça va » — déjà vu, cœur, Œuvre, naïveté, Noël.")]
    [InlineData("«Il a mangé…» — «voilà…» «été»")]
    [InlineData("¿Dónde está el niño? ¡Qué año! Señor Muñoz, acción, pingüino.")]
    [InlineData("A ação da irmã não é fácil; AMANHÃ… IRMÃ» MAÇÃ” ÓRFÃ— coração, pão, avô.")]
    [InlineData("Zażółć gęślą jaźń. Łódź, Kraków, źdźbło.")]
    [InlineData("Příliš žluťoučký kůň úpěl ďábelské ódy. Šťastný, Žižkov.")]
    [InlineData("COSÌ… PERCHÉ? Città, più, perché.")]
    [InlineData("Fuß“ Maß” 2×” 3×²")]
    [InlineData("Ångström, Øresund, Æble, smørrebrød, Þórr, Ðe")]
    [InlineData("FRANÇ… ÇA ÉTÉ» ÉÉ®")]
    [InlineData("½°C ¼ ¾ ¹²³ µ ¶ § ¬ ¯ ´ ¸ ª º")]
    [InlineData("Windows™ – “smart” ‘quotes’ • bullets … € ‰ † ‡ ˆ ˜ ‹ › Š š Ž ž Œ œ Ÿ ƒ")]
    [InlineData("")]
    [InlineData("plain ASCII only")]
    public void Leaves_legitimate_text_alone(string text)
    {
        var edits = new List<TextEdit>();
        Assert.Same(text, MojibakeRepair.Repair(text, edits));
        Assert.Empty(edits);
        Assert.False(MojibakeRepair.LooksLikeMojibake(text));
    }

    // Real words with accents, in the languages whose text most often goes through a Windows-1252 mix-up.
    private static readonly string[] AccentedWords =
    [
        "café", "résumé", "naïve", "façade", "déjà", "crème", "brûlée", "fiancée", "über", "Ärger", "Größe", "Straße", "Jürgen",
        "Müller", "schön", "Fräulein", "señor", "niño", "año", "mañana", "acción", "pingüino", "São", "Paulo", "coração", "irmã",
        "avô", "pão", "ação", "Québec", "Noël", "cœur", "œuvre", "garçon", "Ça", "à", "où", "Zürich", "Malmö", "Göteborg",
        "Århus", "Øresund", "smørrebrød", "Ísland", "Þórr", "Łódź", "Kraków", "żółw", "źdźbło", "gęś", "Příliš", "žluťoučký",
        "kůň", "ďábelské", "Šťastný", "città", "perché", "così", "più", "Ñandú", "İstanbul", "güzel", "şeker", "ağaç", "ıslak",
        "București", "știință", "Việt", "Nguyễn", "tiếng", "Ελλάδα", "Москва", "ёлка", "שלום", "日本語", "한국어", "Ærø",
        "Ōsaka", "Māori", "façonné", "Émile", "Élodie", "Ångström", "ÉCOLE", "ÜBER", "Ölçü",
    ];

    public static TheoryData<string> Words() => new(AccentedWords);

    [Theory]
    [MemberData(nameof(Words))]
    public void Accented_words_are_unchanged_and_their_mojibake_is_repaired(string word)
    {
        Assert.Same(word, MojibakeRepair.Repair(word));
        Assert.Equal(word, RepairChecked(AsCp1252(word)));
        Assert.Equal("the " + word + " is", RepairChecked("the " + AsCp1252(word) + " is"));
        Assert.Equal(word, RepairChecked(AsCp1252(AsCp1252(word))));
    }

    [Theory]
    [InlineData("ANDRÃ‰")] // word-final capital after capitals (rule 2): the shape of NESTLÉ®, so it stays
    [InlineData("CAFÃ‰!")]
    [InlineData("Windowsç‰ˆ")] // a lone CJK ideograph glued to a Latin word (rule 7): the shape of "mangé…»"
    [InlineData("SÃ")]
    public void Documented_limits_stay_unrepaired(string text) => Assert.Same(text, MojibakeRepair.Repair(text));

    [Theory]
    [InlineData("\0")]
    [InlineData("Ã\0©")]
    [InlineData("\uD800Ã©\uDC00")]
    [InlineData("Ã©\uD83D")]
    [InlineData("\uDE09Ã©")]
    [InlineData("ðŸ˜")]
    [InlineData("ð")]
    [InlineData("ô\u008F¿¿")]
    [InlineData("ô\u0090\u0080\u0080")]
    [InlineData("í\u00A0\u0080")]
    [InlineData("à\u0080\u0080")]
    [InlineData("Ã")]
    [InlineData("Ã©Ã")]
    public void Never_throws_and_keeps_its_invariants(string text) => RepairChecked(text);

    [Fact]
    public void Surrogates_and_overlong_forms_are_not_produced()
    {
        Assert.Equal("í\u00A0\u0080", RepairChecked("í\u00A0\u0080")); // ED A0 80 would be a surrogate
        Assert.Equal("à\u0080\u0080", RepairChecked("à\u0080\u0080")); // E0 80 80 is overlong
        Assert.Equal("ô\u0090\u0080\u0080", RepairChecked("ô\u0090\u0080\u0080")); // above U+10FFFF
        Assert.Equal("ô\u008F¿¿", RepairChecked("ô\u008F¿¿")); // U+10FFFF is a noncharacter
        Assert.Equal("\U0001D11E", RepairChecked(AsCp1252("\U0001D11E")));
    }

    [Fact]
    public void Does_not_allocate_when_nothing_is_repaired()
    {
        var ascii = string.Concat(Enumerable.Repeat("The quick brown fox jumps over the lazy dog. ", 200));
        var latin = string.Concat(Enumerable.Repeat("NESTLÉ® in São Paulo, Ärger, naïve ±5°C £100 © 2020 ", 100));
        var edits = new List<TextEdit>();
        for (int i = 0; i < 300; i++)
        {
            MojibakeRepair.Repair(ascii, edits);
            MojibakeRepair.Repair(latin, edits);
            MojibakeRepair.LooksLikeMojibake(latin);
        }

        string a = ascii, b = latin;
        bool looks = true;
        long allocated = Allocation.QuietestRound(() =>
        {
            a = MojibakeRepair.Repair(ascii, edits);
            b = MojibakeRepair.Repair(latin, edits);
            looks = MojibakeRepair.LooksLikeMojibake(latin) || MojibakeRepair.LooksLikeMojibake(ascii);
        });

        Assert.Equal(0, allocated);
        Assert.Same(ascii, a);
        Assert.Same(latin, b);
        Assert.False(looks);
        Assert.Empty(edits);
    }

    // Mojibake fragments, legitimate Latin-1 and cp1252 characters, letters, neighbours and malformed UTF-16.
    private static readonly string[] Pieces =
    [
        "a", "Z", "L", "word", "WORD", " ", "2", ".", "'", "\0", "\uD800", "\uDC00", "\n",
        "Ã", "Â", "â", "ð", "Ð", "Ñ", "É", "Ì", "×", "ß", "é", "ï", "ô", "õ", "ÿ", "À",
        "©", "®", "°", "»", "«", "€", "’", "“", "”", "…", "™", "˜", "\u0081", "\u009D", "\u00A0", "\u00AD",
        "Ã©", "â€™", "ðŸ˜‰", "ÃƒÂ©", "Ã¢â‚¬â„¢", "Ð²", "ÐŸÑ€", "æ—¥", "á»‡", "ï»¿", "Ã‰", "É®", "Å‚",
        "ł", "日", "😉", "Ω", "\uFFFD",
    ];

    private static Arbitrary<string> MojibakeSoup() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [FsCheck.Xunit.Property(MaxTest = 3000)]
    public Property Repair_is_idempotent_and_its_edits_reproduce_it_on_mojibake_soup() =>
        Prop.ForAll(MojibakeSoup(), text => RepairChecked(text));

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Repair_is_idempotent_on_Windows_1252_byte_soup() =>
        Prop.ForAll(
            Gen.Choose(0, 255).ArrayOf().ToArbitrary(),
            bytes => RepairChecked(string.Concat(bytes.Select(b => b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b))));

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Repair_is_idempotent_on_random_strings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), text => RepairChecked(text.Get));

    /// <summary>
    /// The non-ASCII bodies, put through a UTF-8 → Windows-1252 mix-up: how many come back exactly. The misses are the
    /// bodies that hold unassigned code points or C1 controls (GB2312 read as UTF-16 and similar garbage): a sequence
    /// decoding to those is never accepted. Misses are printed for inspection.
    /// </summary>
    [Fact]
    public void Real_mail_mangled_through_Windows_1252_comes_back()
    {
        int candidates = 0;
        int recovered = 0;
        int unexplained = 0;
        foreach (var body in SpamAssassin.Bodies)
        {
            if (!body.Any(c => c >= 0x80))
            {
                continue;
            }

            candidates++;
            var mangled = AsCp1252(body);
            var edits = new List<TextEdit>();
            var output = MojibakeRepair.Repair(mangled, edits);
            Assert.Equal(output, TextEdit.Apply(mangled, edits));
            Assert.Equal(output, MojibakeRepair.Repair(output));
            if (output == body)
            {
                recovered++;
            }
            else
            {
                int at = output.AsSpan().CommonPrefixLength(body);
                bool unassigned = HasUnassignedOrC1(body);
                unexplained += unassigned ? 0 : 1;
                _output.WriteLine($"miss{(unassigned ? " (body has unassigned code points or C1 controls)" : string.Empty)}: " +
                    $"'{body.Substring(Math.Max(0, at - 10), Math.Min(30, body.Length - Math.Max(0, at - 10)))}'");
            }
        }

        _output.WriteLine($"{recovered} of {candidates} mangled non-ASCII bodies recovered exactly, {unexplained} misses unexplained");
        Assert.True(recovered >= candidates * 9 / 10, $"{recovered} of {candidates}");
        Assert.Equal(0, unexplained);
    }

    private static bool HasUnassignedOrC1(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is >= '\u0080' and <= '\u009F'
                || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text, i) == System.Globalization.UnicodeCategory.OtherNotAssigned)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void Real_mail_never_throws_is_idempotent_and_changes_only_mojibake()
    {
        var bodies = SpamAssassin.Bodies;
        int changed = 0;
        int edited = 0;
        for (int i = 0; i < bodies.Count; i++)
        {
            var body = bodies[i];
            var edits = new List<TextEdit>();
            var output = MojibakeRepair.Repair(body, edits);
            Assert.Equal(output, TextEdit.Apply(body, edits));
            Assert.Equal(output, MojibakeRepair.Repair(output));
            Assert.Equal(edits.Count > 0, MojibakeRepair.LooksLikeMojibake(body));
            if (edits.Count > 0)
            {
                changed++;
                edited += edits.Count;
                foreach (var edit in edits.Take(3))
                {
                    _output.WriteLine($"body {i}: '{body.Substring(edit.Start, edit.Length)}' -> '{edit.Replacement}'");
                }
            }
        }

        _output.WriteLine($"{changed} of {bodies.Count} bodies changed, {edited} edits");
        Assert.Equal(6046, bodies.Count);
        Assert.Equal(0, changed); // the corpus holds no UTF-8-read-as-cp1252 text (see the report); a change would be a false positive
    }
}
