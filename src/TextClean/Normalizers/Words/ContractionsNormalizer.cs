using System.Globalization;
using TextClean.Normalizers.LetterCase;
using TextClean.Pipeline;
using TextClean.Tokenization;

namespace TextClean.Normalizers.Words;

/// <summary>
/// The <c>contractions</c> normalizer: splits or expands English contractions in words. The tokenizer keeps
/// <c>don't</c> as one word; this decides whether a model sees <c>don't</c>, <c>do n't</c> or <c>do not</c>. Both the
/// ASCII and the typographic apostrophe (<c>don’t</c>) are read; split keeps the one that was written.
/// </summary>
internal sealed class ContractionsNormalizer(NormalizerConfig config) : Normalizer(config)
{
    // Pronouns and question words whose "'s" is "is"; after any other word it is a possessive ("John's").
    private static readonly HashSet<string> IsBefore = new(
        ["it", "he", "she", "that", "what", "there", "here", "who", "where", "how", "when", "why", "this"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IsBeforeLookup = IsBefore.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ContractionPolicy _policy = config.GetEnum<ContractionPolicy>("policy");

    public static NormalizerDefinition Definition { get; } = new(
        "contractions",
        "English contractions: keep (don't), split (do n't, Penn Treebank style), or expand (do not, I am, cannot).",
        1500,
        [SettingDefinition.Choice("policy", "What to write for a contraction.", "keep", ConfigNames.All<ContractionPolicy>())],
        c => new ContractionsNormalizer(c));

    public override bool Transforms(TokenKind kind) => _policy != ContractionPolicy.Keep && kind == TokenKind.Word;

    public override bool Transform(ReadOnlySpan<char> token, TokenBuffer output)
    {
        // Only a stem of letters: "b-52's" and "state-of-the-art's" stay whole, as the hyphens normalizer leaves them.
        int split = Contractions.SplitPoint(token);
        if (split <= 0 || !IsLetters(token[..split]))
        {
            return false;
        }

        var stem = token[..split];
        if (_policy == ContractionPolicy.Split)
        {
            output.Append(stem);
            output.Append(' ');
            output.Append(token[split..]);
            return true;
        }

        bool not = token[split] is 'n' or 'N';
        var suffix = token[(split + (not ? 3 : 1))..];
        bool capitals = CaseNormalizer.IsAllCaps(token); // "DON'T", "I'M"
        if (not)
        {
            return ExpandNot(token, stem, capitals, output);
        }

        Span<char> lower = stackalloc char[2];
        string? full = suffix.ToLowerInvariant(lower) switch
        {
            1 when lower[0] == 'm' => "am",
            1 when lower[0] == 'd' => "would",
            1 when lower[0] == 's' && stem.Equals("let", StringComparison.OrdinalIgnoreCase) => "us",
            1 when lower[0] == 's' && IsBeforeLookup.Contains(stem) => "is",
            2 => lower switch
            {
                "re" => "are",
                "ve" => "have",
                _ => "will",
            },
            _ => null,
        };
        if (full is null)
        {
            return false;
        }

        output.Append(stem);
        output.Append(' ');
        Write(full, capitals, output);
        return true;
    }

    // "don't" -> "do not"; the irregular ones by their whole word: "can't" -> "cannot", "won't" -> "will not".
    private static bool ExpandNot(ReadOnlySpan<char> token, ReadOnlySpan<char> stem, bool capitals, TokenBuffer output)
    {
        Span<char> lower = stackalloc char[3];
        string? whole = stem.Length > 3 ? null : (ReadOnlySpan<char>)lower[..stem.ToLowerInvariant(lower)] switch
        {
            "ca" => "cannot",
            "wo" => "will not",
            "sha" => "shall not",
            "ai" => "is not",
            _ => null,
        };
        if (whole is null)
        {
            output.Append(stem);
            output.Append(' ');
            Write("not", capitals, output);
        }
        else if (!capitals && char.IsUpper(token[0]))
        {
            // "Can't" -> "Cannot".
            output.Append(char.ToUpperInvariant(whole[0]));
            output.Append(whole.AsSpan(1));
        }
        else
        {
            Write(whole, capitals, output);
        }

        return true;
    }

    private static void Write(string word, bool capitals, TokenBuffer output)
    {
        if (!capitals)
        {
            output.Append(word);
            return;
        }

        output.Advance(word.AsSpan().ToUpperInvariant(output.GetSpan(word.Length)));
    }

    // Letters and the marks on them, in any script: what the accents and case normalizers may change stays a stem.
    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                return false;
            }
        }

        return true;
    }
}
