using System.Buffers;
using System.Text;
using TextClean.Pipeline;
using TextClean.Text;

namespace TextClean.Normalizers.Quotes;

/// <summary>
/// The <c>quotes</c> normalizer, a character pass: typographic quotes, apostrophes, dashes and ellipses to ASCII (or
/// dots to <c>…</c>). It runs before tokenizing, so <c>don’t</c> and <c>don't</c> become the same word for every later
/// decision (contractions, stop words, the vocabulary).
/// </summary>
internal sealed class QuotesNormalizer : Normalizer
{
    private const string Quotes = "\u2018\u2019\u201A\u201B\u2032\u00B4\u02BC\u2039\u203A\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB";
    private const string Dashes = "\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D\u2014\u2015\uFE58";

    private readonly QuotesPolicy _quotes;
    private readonly QuotesPolicy _dashes;
    private readonly EllipsisPolicy _ellipsis;
    private readonly SearchValues<char> _wanted;

    public QuotesNormalizer(NormalizerConfig config)
        : base(config)
    {
        _quotes = config.GetEnum<QuotesPolicy>("policy");
        _dashes = config.GetEnum<QuotesPolicy>("dashes");
        _ellipsis = config.GetEnum<EllipsisPolicy>("ellipsis");
        _wanted = SearchValues.Create(
            (_quotes == QuotesPolicy.Ascii ? Quotes : string.Empty)
            + (_dashes == QuotesPolicy.Ascii ? Dashes : string.Empty)
            + _ellipsis switch { EllipsisPolicy.Ascii => "\u2026", EllipsisPolicy.Unicode => ".", _ => string.Empty });
    }

    public static NormalizerDefinition Definition { get; } = new(
        "quotes",
        "Typographic quotes, apostrophes, dashes and ellipses: keep, or ASCII (’ -> ', “ ” -> \", – -> -, — -> --, … -> ...).",
        250,
        [
            SettingDefinition.Choice("policy", "Curly quotes and apostrophes (‘ ’ “ ” „ « » ′ ´ ʼ): keep, or ascii (' and \").", "ascii", ConfigNames.All<QuotesPolicy>()),
            SettingDefinition.Choice("dashes", "Dashes and minus signs: keep, or ascii (‐ ‑ ‒ – − -> -, — ― -> --).", "ascii", ConfigNames.All<QuotesPolicy>()),
            SettingDefinition.Choice("ellipsis", "Ellipses: keep, ascii (… -> ...), or unicode (three or more dots -> …).", "ascii", ConfigNames.All<EllipsisPolicy>()),
        ],
        c => new QuotesNormalizer(c));

    public override bool RewritesText => _quotes != QuotesPolicy.Keep || _dashes != QuotesPolicy.Keep || _ellipsis != EllipsisPolicy.Keep;

    public override string RewriteText(string text, List<TextEdit>? edits)
    {
        var span = text.AsSpan();
        int next = IndexOfWanted(span);
        StringBuilder? output = null;
        int copied = 0;
        while (next >= 0)
        {
            int length = 1;
            string? replacement = Replacement(span, next, ref length);
            if (replacement is not null)
            {
                output ??= new StringBuilder(text.Length + 16);
                output.Append(span[copied..next]).Append(replacement);
                edits?.Add(new TextEdit(next, length, replacement, Name));
                copied = next + length;
            }

            int after = next + length;
            int found = IndexOfWanted(span[after..]);
            next = found < 0 ? -1 : after + found;
        }

        return output is null ? text : output.Append(span[copied..]).ToString();
    }

    // Every mark but the dots is outside ASCII, and most text is ASCII: skipping ASCII first is faster than the set search.
    private int IndexOfWanted(ReadOnlySpan<char> text)
    {
        if (_ellipsis == EllipsisPolicy.Unicode)
        {
            return text.IndexOfAny(_wanted);
        }

        int offset = 0;
        while (true)
        {
            int nonAscii = text[offset..].IndexOfAnyExceptInRange('\0', '\u007F');
            if (nonAscii < 0)
            {
                return -1;
            }

            offset += nonAscii;
            if (_wanted.Contains(text[offset]))
            {
                return offset;
            }

            offset++;
        }
    }

    // What the character(s) at `index` become, or null to leave them; `length` is how many characters that covers.
    private static string? Replacement(ReadOnlySpan<char> text, int index, ref int length)
    {
        char c = text[index];
        switch (c)
        {
            case '.':
                int run = text[index..].IndexOfAnyExcept('.');
                length = run < 0 ? text.Length - index : run;
                return length >= 3 ? "\u2026" : null;
            case '\u2026':
                return "...";
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                return "\"";
            case '\u2014' or '\u2015' or '\uFE58':
                return "--";
            default:
                return Quotes.Contains(c, StringComparison.Ordinal) ? "'" : "-";
        }
    }
}
