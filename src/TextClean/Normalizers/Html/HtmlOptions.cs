namespace TextClean.Normalizers.Html;

/// <summary>What <see cref="HtmlStripper"/> removes and decodes. Every switch defaults to on.</summary>
public sealed class HtmlOptions
{
    /// <summary>The defaults: everything on.</summary>
    public static HtmlOptions Default { get; } = new();

    /// <summary>
    /// Removes tags (<c>&lt;b&gt;</c>, <c>&lt;/td&gt;</c>, <c>&lt;br/&gt;</c>, <c>&lt;!DOCTYPE html&gt;</c>, <c>&lt;?xml …?&gt;</c>)
    /// while keeping the text between them. Default: <see langword="true"/>.
    /// Only tag-shaped text is touched: <c>&lt;</c> followed by an ASCII letter, <c>/</c> and a letter, <c>!</c> or <c>?</c>;
    /// a tag name is made of letters, digits, <c>-</c>, <c>_</c>, <c>.</c> and <c>:</c> and must be followed by whitespace,
    /// <c>&gt;</c> or <c>/&gt;</c>, so <c>a &lt; b</c>, <c>&lt;3</c>, <c>&lt;john@example.com&gt;</c> and
    /// <c>&lt;http://example.com/&gt;</c> are left alone. A tag with no <c>&gt;</c> after it is left as is.
    /// Tags of unknown elements (<c>&lt;wink&gt;</c>, <c>&lt;snip&gt;</c>, <c>&lt;STDIN&gt;</c>, spam's <c>V&lt;xyz&gt;iagra</c>)
    /// are removed only when the text is HTML, i.e. has a comment or a tag of a known HTML element (or a namespaced one
    /// such as <c>&lt;o:p&gt;</c>); in plain text they are words and stay.
    /// </summary>
    public bool StripTags { get; init; } = true;

    /// <summary>
    /// Removes <c>&lt;script&gt;</c> and <c>&lt;style&gt;</c> elements with their content (code and CSS are never
    /// rendered as text). Default: <see langword="true"/>. Other elements keep their content: <c>&lt;head&gt;</c> and
    /// <c>&lt;title&gt;</c> hold human-readable text (the subject of many mails), and <c>&lt;noscript&gt;</c>,
    /// <c>&lt;template&gt;</c> and Outlook's <c>&lt;xml&gt;</c> hold text or further tags that <see cref="StripTags"/> removes.
    /// A script or style element without its end tag loses only its start tag: the rest is kept, because it cannot be told
    /// apart from text. Applies even when <see cref="StripTags"/> is off.
    /// </summary>
    public bool RemoveScriptAndStyle { get; init; } = true;

    /// <summary>
    /// Decodes character references: every HTML5 named reference (<c>&amp;mdash;</c>, <c>&amp;NotEqualTilde;</c>), decimal and
    /// hexadecimal ones (<c>&amp;#8217;</c>, <c>&amp;#x2019;</c>; 0, surrogates and values above U+10FFFF give U+FFFD;
    /// 0x80–0x9F are read as Windows-1252, so <c>&amp;#146;</c> gives ’), and the legacy names the HTML spec accepts without
    /// <c>;</c> (<c>&amp;amp</c>, <c>&amp;copy</c>, <c>&amp;nbsp</c> …) when the name ends at a character that is neither a
    /// letter, a digit nor <c>=</c>, and the <c>&amp;</c> is not in a URL query (no <c>?</c> or <c>=</c> since the last
    /// whitespace). A legacy name is never taken from the start of a longer run (<c>&amp;copy2</c>, <c>&amp;notit;</c> stay),
    /// so <c>AT&amp;T</c>, <c>?a=1&amp;copy=2</c> and <c>x=1&amp;reg</c> are untouched. Numeric references are decoded with or
    /// without <c>;</c>, as browsers do. Default: <see langword="true"/>. <c>&amp;nbsp;</c> gives U+00A0, which is left for
    /// the unicode pass.
    /// </summary>
    public bool DecodeEntities { get; init; } = true;

    /// <summary>
    /// Makes block-level tags (p, div, br, li, tr, td, th, h1–h6, table, blockquote, hr …) a separator: a line break, or a
    /// space for table cells, inserted only between two non-whitespace characters, so <c>end.&lt;/p&gt;&lt;p&gt;Start</c>
    /// gives <c>end.\nStart</c> and <c>&lt;td&gt;a&lt;/td&gt;&lt;td&gt;b&lt;/td&gt;</c> gives <c>a b</c>.
    /// When off, block tags are removed like other tags. Default: <see langword="true"/>.
    /// </summary>
    public bool BlockTagsBreakWords { get; init; } = true;

    /// <summary>
    /// Removes comments <c>&lt;!-- … --&gt;</c> (including conditional comments). An unterminated comment is left as is.
    /// Default: <see langword="true"/>.
    /// </summary>
    public bool RemoveComments { get; init; } = true;
}
