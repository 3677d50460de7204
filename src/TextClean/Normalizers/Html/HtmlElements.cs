using System.Collections.Frozen;

namespace TextClean.Normalizers.Html;

/// <summary>HTML element names the stripper knows: all of them tell HTML from plain text, some are block-level.</summary>
internal static class HtmlElements
{
    /// <summary>Block-level elements: their tags separate words.</summary>
    private static readonly FrozenSet<string> Block = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hr", "html", "iframe", "legend", "li", "listing", "main", "menu", "nav", "ol", "option", "p", "plaintext",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "xmp");

    /// <summary>Every HTML element name, current and obsolete (WHATWG index of elements and obsolete features), plus Outlook's xml.</summary>
    private static readonly FrozenSet<string> Known = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        [
            .. Block,
            "a", "abbr", "acronym", "applet", "area", "audio", "b", "base", "basefont", "bdi", "bdo", "bgsound", "big", "blink",
            "button", "canvas", "cite", "code", "col", "colgroup", "data", "datalist", "del", "dfn", "em", "embed", "font",
            "frameset", "i", "img", "input", "ins", "isindex", "kbd", "keygen", "label", "link", "map", "mark", "marquee",
            "math", "meta", "meter", "multicol", "nobr", "noembed", "noframes", "noscript", "object", "optgroup", "output",
            "param", "picture", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "select", "slot",
            "small", "source", "spacer", "span", "strike", "strong", "style", "sub", "sup", "svg", "template", "textarea",
            "time", "track", "tt", "u", "var", "video", "wbr", "xml",
        ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockLookup = Block.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="name"/> is a block-level element (case-insensitive).</summary>
    internal static bool IsBlock(ReadOnlySpan<char> name) => BlockLookup.Contains(name);

    /// <summary>Whether <paramref name="name"/> is an HTML element (case-insensitive) or a namespaced name such as o:p.</summary>
    internal static bool IsKnown(ReadOnlySpan<char> name) => KnownLookup.Contains(name) || name.Contains(':');
}
