using System.Text;
using TextClean.Text;

namespace TextClean.Normalizers.Html;

/// <summary>
/// Turns HTML (or text with stray markup and character references) into plain text: removes tags, comments and
/// script/style elements, decodes character references, and keeps words apart at block-level tags.
/// </summary>
/// <remarks>
/// <para>
/// Idempotent: <c>Strip(Strip(x)) == Strip(x)</c>. Scraped text is often escaped twice (<c>&amp;amp;lt;b&amp;amp;gt;</c>),
/// so the stripper runs passes until a pass changes nothing. Within a pass a reference that gives '&amp;' is joined with
/// the reference name right after it, so <c>&amp;amp;amp;amp;lt;b&amp;amp;gt;</c> gives <c>&lt;b&gt;</c> in the first pass
/// and the second pass removes that tag. Each pass is linear; ordinary HTML needs two passes (the second finds nothing)
/// and the SpamAssassin corpus at most three. Only input built so that each pass uncovers new markup
/// (<c>&amp;&amp;lt;b&gt;lt;</c> nested) needs more passes, every one of which makes the text shorter.
/// A consequence of decoding to a fixed point: text that shows markup on purpose (<c>use &amp;amp;lt;p&amp;amp;gt;</c>)
/// loses it, as any repeated cleaning would.
/// </para>
/// <para>
/// The edits always refer to the original input; a range rewritten by several passes is reported as one edit whose
/// reason is that of the last pass (<c>&amp;lt;b&amp;gt;</c> becomes one "tag" edit).
/// </para>
/// <para>Never throws on any string (lone surrogates, NUL, unterminated tags, comments or references).</para>
/// </remarks>
public static class HtmlStripper
{
    /// <summary>
    /// Returns <paramref name="text"/> without markup (see <see cref="HtmlOptions"/> for what is removed and decoded).
    /// When <paramref name="edits"/> is given, appends the changes, in order and relative to <paramref name="text"/>, with
    /// the reasons "tag", "block", "script", "style", "comment" and "entity";
    /// <c>TextEdit.Apply(text, edits)</c> gives the result.
    /// </summary>
    /// <param name="text">The text to clean.</param>
    /// <param name="options">What to remove and decode; <see cref="HtmlOptions.Default"/> when null.</param>
    /// <param name="edits">A list that receives the edits, or null.</param>
    /// <returns>The cleaned text (the same instance when nothing changed).</returns>
    public static string Strip(string text, HtmlOptions? options = null, List<TextEdit>? edits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= HtmlOptions.Default;
        if (!MayHaveMarkup(text))
        {
            // No markup and no entity (placeholders such as "<NUM>" aside): plain and cleaned text end here without allocating.
            return text;
        }

        string current = text;
        List<TextEdit>? total = null;
        var round = new List<TextEdit>();
        while (true)
        {
            round.Clear();
            string next = new Pass(current, options, round).Run();
            if (round.Count == 0)
            {
                break;
            }

            if (edits is not null)
            {
                total = total is null ? [.. round] : TextEdit.Compose(total, round, current);
            }

            current = next;
        }

        if (edits is not null && total is not null)
        {
            edits.AddRange(total);
        }

        return current;
    }

    private static bool MayHaveMarkup(string text)
    {
        var rest = text.AsSpan();
        while (true)
        {
            int at = rest.IndexOfAny('<', '&');
            if (at < 0)
            {
                return false;
            }

            if (rest[at] == '&' || !Placeholders.IsReservedAt(rest[at..]))
            {
                return true;
            }

            rest = rest[(at + 1)..];
        }
    }

    /// <summary>The number of passes <see cref="Strip"/> needs for <paramref name="text"/> (for tests and statistics).</summary>
    internal static int CountPasses(string text, HtmlOptions? options = null)
    {
        options ??= HtmlOptions.Default;
        var round = new List<TextEdit>();
        int passes = 0;
        while (true)
        {
            passes++;
            round.Clear();
            text = new Pass(text, options, round).Run();
            if (round.Count == 0)
            {
                return passes;
            }
        }
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':';

    /// <summary>Finds the next occurrence of a needle, remembering the answer so repeated searches stay linear.</summary>
    private struct Finder(string needle, StringComparison comparison)
    {
        private int _from = int.MaxValue;
        private int _at = -1;

        public int Find(string text, int from)
        {
            if (from >= _from && (_at < 0 || _at >= from))
            {
                return _at;
            }

            int index = text.AsSpan(from).IndexOf(needle, comparison);
            _from = from;
            _at = index < 0 ? -1 : from + index;
            return _at;
        }
    }

    /// <summary>One left-to-right pass over the text.</summary>
    private sealed class Pass(string text, HtmlOptions options, List<TextEdit> edits)
    {
        private readonly StringBuilder _builder = new();
        private readonly int _lastGt = text.LastIndexOf('>');
        private Finder _gt = new(">", StringComparison.Ordinal);
        private Finder _doubleQuote = new("\"", StringComparison.Ordinal);
        private Finder _singleQuote = new("'", StringComparison.Ordinal);
        private Finder _commentEnd = new("-->", StringComparison.Ordinal);
        private Finder _scriptEnd = new("</script", StringComparison.OrdinalIgnoreCase);
        private Finder _styleEnd = new("</style", StringComparison.OrdinalIgnoreCase);
        private int _copied;
        private int _isHtml = -1;
        private string? _pendingSeparator;
        private int _pendingEdit;

        public string Run()
        {
            bool markup = options.StripTags || options.RemoveComments || options.RemoveScriptAndStyle;
            bool entities = options.DecodeEntities;
            if (!markup && !entities)
            {
                return text;
            }

            int i = 0;
            while (i < text.Length)
            {
                var rest = text.AsSpan(i);
                int relative = markup && entities ? rest.IndexOfAny('<', '&') : rest.IndexOf(markup ? '<' : '&');
                if (relative < 0)
                {
                    break;
                }

                i += relative;
                // TextClean's own placeholders ("<NUM>", "<URL>") are text, so cleaning cleaned text changes nothing.
                int end = text[i] != '<' ? TryEntity(i) : Placeholders.IsReservedAt(rest[relative..]) ? i : TryMarkup(i);
                i = end > i ? end : i + 1;
            }

            if (edits.Count == 0)
            {
                return text;
            }

            if (_pendingSeparator is not null && _copied < text.Length)
            {
                ResolveSeparator(text[_copied]);
            }

            return _builder.Append(text, _copied, text.Length - _copied).ToString();
        }

        /// <summary>
        /// Whether the text is HTML: it has a comment or a tag of a known element (<see cref="HtmlElements.IsKnown"/>).
        /// Only then are tags of unknown elements removed (as a browser would); in plain text, &lt;wink&gt;, &lt;snip&gt;
        /// and &lt;STDIN&gt; are words. Computed on first need, in one linear scan.
        /// </summary>
        private bool IsHtml
        {
            get
            {
                if (_isHtml < 0)
                {
                    _isHtml = ScanForHtml() ? 1 : 0;
                }

                return _isHtml == 1;
            }
        }

        private bool ScanForHtml()
        {
            int i = 0;
            while (true)
            {
                int relative = text.AsSpan(i).IndexOf('<');
                if (relative < 0)
                {
                    return false;
                }

                i += relative + 1;
                if (text.AsSpan(i).StartsWith("!--", StringComparison.Ordinal))
                {
                    return true;
                }

                int nameStart = i < text.Length && text[i] == '/' ? i + 1 : i;
                int nameEnd = nameStart;
                while (nameEnd < text.Length && IsNameChar(text[nameEnd]))
                {
                    nameEnd++;
                }

                if (nameEnd > nameStart && nameEnd < text.Length && char.IsAsciiLetter(text[nameStart])
                    && (char.IsWhiteSpace(text[nameEnd]) || text[nameEnd] is '>' or '/')
                    && HtmlElements.IsKnown(text.AsSpan(nameStart, nameEnd - nameStart)) && text[nameEnd - 1] != ':'
                    && !Placeholders.IsReservedAt(text.AsSpan(i - 1)))
                {
                    return true;
                }

                i = Math.Max(i, nameEnd);
            }
        }

        private void Emit(int start, int end, string replacement, string reason)
        {
            if (_pendingSeparator is not null)
            {
                if (start > _copied)
                {
                    ResolveSeparator(text[_copied]);
                }
                else if (replacement.Length > 0)
                {
                    ResolveSeparator(replacement[0]);
                }
            }

            _builder.Append(text, _copied, start - _copied).Append(replacement);
            _copied = end;
            edits.Add(new TextEdit(start, end - start, replacement, reason));
        }

        /// <summary>
        /// Block tags only remember that a separator may be needed; the first output character after a run of markup
        /// decides (nothing before whitespace), and the separator goes into the first block tag's edit.
        /// </summary>
        private void Block(int start, int end, ReadOnlySpan<char> name)
        {
            bool cell = name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase);
            if (_pendingSeparator is not null && start > _copied)
            {
                ResolveSeparator(text[_copied]);
            }

            if (_pendingSeparator is not null)
            {
                if (!cell)
                {
                    _pendingSeparator = "\n";
                }

                Emit(start, end, "", "block");
                return;
            }

            char before = start > _copied ? text[start - 1] : _builder.Length > 0 ? _builder[^1] : ' ';
            Emit(start, end, "", "block");
            if (!char.IsWhiteSpace(before))
            {
                _pendingSeparator = cell ? " " : "\n";
                _pendingEdit = edits.Count - 1;
            }
        }

        private void ResolveSeparator(char next)
        {
            if (!char.IsWhiteSpace(next))
            {
                _builder.Append(_pendingSeparator);
                edits[_pendingEdit] = edits[_pendingEdit] with { Replacement = _pendingSeparator! };
            }

            _pendingSeparator = null;
        }

        private int TryMarkup(int i)
        {
            if (i + 1 >= text.Length)
            {
                return -1;
            }

            char next = text[i + 1];
            if (next == '!')
            {
                return text.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal) ? TryComment(i) : TryBogus(i);
            }

            if (next == '?')
            {
                return TryBogus(i);
            }

            bool closing = next == '/';
            int nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= text.Length || !char.IsAsciiLetter(text[nameStart]))
            {
                return -1;
            }

            int nameEnd = nameStart + 1;
            while (nameEnd < text.Length && IsNameChar(text[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd >= text.Length)
            {
                return -1;
            }

            char after = text[nameEnd];
            if (text[nameEnd - 1] == ':' || !(char.IsWhiteSpace(after) || after == '>' || (after == '/' && nameEnd + 1 < text.Length && text[nameEnd + 1] == '>')))
            {
                return -1;
            }

            int end = FindTagEnd(nameEnd);
            if (end < 0)
            {
                return -1;
            }

            var name = text.AsSpan(nameStart, nameEnd - nameStart);
            if (!HtmlElements.IsKnown(name) && !IsHtml)
            {
                return -1;
            }

            if (!closing && options.RemoveScriptAndStyle && text[end - 2] != '/')
            {
                bool script = name.Equals("script", StringComparison.OrdinalIgnoreCase);
                if (script || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    int elementEnd = FindEndTag(end, script);
                    if (elementEnd > 0)
                    {
                        Emit(i, elementEnd, "", script ? "script" : "style");
                        return elementEnd;
                    }
                }
            }

            if (!options.StripTags)
            {
                return -1;
            }

            if (options.BlockTagsBreakWords && HtmlElements.IsBlock(name))
            {
                Block(i, end, name);
            }
            else
            {
                Emit(i, end, "", "tag");
            }

            return end;
        }

        /// <summary>The end of a tag whose name ends at <paramref name="position"/>: just past its '&gt;', or -1.</summary>
        private int FindTagEnd(int position)
        {
            if (_gt.Find(text, position) < 0)
            {
                return -1;
            }

            bool afterEquals = false;
            int p = position;
            while (p < text.Length)
            {
                char c = text[p];
                if (c == '>')
                {
                    return p + 1;
                }

                if (c == '<' && Placeholders.IsReservedAt(text.AsSpan(p)))
                {
                    // "<a href=<URL>" is what cleaning left of broken markup; its '>' belongs to the placeholder, not a tag.
                    return -1;
                }

                if (afterEquals && c is '"' or '\'')
                {
                    // A quoted attribute value may hold '>'; a quote that is never closed (before the last '>') is ordinary.
                    int close = c == '"' ? _doubleQuote.Find(text, p + 1) : _singleQuote.Find(text, p + 1);
                    if (close > 0 && close < _lastGt)
                    {
                        p = close + 1;
                        afterEquals = false;
                        continue;
                    }
                }

                if (c == '=')
                {
                    afterEquals = true;
                }
                else if (!char.IsWhiteSpace(c))
                {
                    afterEquals = false;
                }

                p++;
            }

            return -1;
        }

        /// <summary>The end of the script/style element whose start tag ends at <paramref name="position"/>, or -1.</summary>
        private int FindEndTag(int position, bool script)
        {
            int nameLength = script ? 6 : 5;
            int from = position;
            while (true)
            {
                int at = script ? _scriptEnd.Find(text, from) : _styleEnd.Find(text, from);
                if (at < 0)
                {
                    return -1;
                }

                int nameEnd = at + 2 + nameLength;
                if (nameEnd < text.Length && (char.IsWhiteSpace(text[nameEnd]) || text[nameEnd] is '>' or '/'))
                {
                    int end = FindTagEnd(nameEnd);
                    return end;
                }

                from = at + 1;
            }
        }

        private int TryComment(int i)
        {
            if (!options.RemoveComments)
            {
                return -1;
            }

            int end;
            if (i + 4 < text.Length && text[i + 4] == '>')
            {
                end = i + 5;
            }
            else if (i + 5 < text.Length && text[i + 4] == '-' && text[i + 5] == '>')
            {
                end = i + 6;
            }
            else
            {
                int close = _commentEnd.Find(text, i + 4);
                if (close < 0)
                {
                    return -1;
                }

                end = close + 3;
            }

            Emit(i, end, "", "comment");
            return end;
        }

        /// <summary>&lt;!DOCTYPE …&gt;, &lt;![CDATA[…]&gt;, &lt;?xml …?&gt;: up to the first '&gt;'.</summary>
        private int TryBogus(int i)
        {
            if (!options.StripTags)
            {
                return -1;
            }

            int close = _gt.Find(text, i + 2);
            if (close < 0)
            {
                return -1;
            }

            Emit(i, close + 1, "", "tag");
            return close + 1;
        }

        /// <summary>
        /// Decodes the reference at <paramref name="i"/>. A reference that gives '&amp;' is joined with a reference name
        /// right after it (<c>&amp;amp;amp;lt;</c> gives '&lt;' as one edit), so deep escaping costs one pass, not one per level.
        /// </summary>
        private int TryEntity(int i)
        {
            string? value = Decode(i, i + 1, out int end);
            if (value is null)
            {
                return -1;
            }

            while (value == "&" && Decode(i, end, out int chainedEnd) is { } chained)
            {
                value = chained;
                end = chainedEnd;
            }

            Emit(i, end, value, "entity");
            return end;
        }

        /// <summary>The text of a reference whose '&amp;' is at <paramref name="ampersand"/> and whose name or '#' starts at <paramref name="p"/>.</summary>
        private string? Decode(int ampersand, int p, out int end)
        {
            end = -1;
            if (p >= text.Length)
            {
                return null;
            }

            if (text[p] == '#')
            {
                return DecodeNumeric(p, out end);
            }

            int nameStart = p;
            while (p < text.Length && p - nameStart < HtmlEntities.MaxNameLength + 1 && char.IsAsciiLetterOrDigit(text[p]))
            {
                p++;
            }

            int length = p - nameStart;
            if (length == 0 || length > HtmlEntities.MaxNameLength)
            {
                return null;
            }

            var name = text.AsSpan(nameStart, length);
            if (p < text.Length && text[p] == ';' && HtmlEntities.Find(name) is { } value)
            {
                end = p + 1;
                return value;
            }

            // Legacy reference without ';': the whole alphanumeric run must be the name, not followed by '=' and not in a URL query.
            if ((p < text.Length && text[p] == '=') || !HtmlEntities.IsLegacy(name) || InUrlQuery(ampersand))
            {
                return null;
            }

            end = p;
            return HtmlEntities.Find(name);
        }

        /// <summary>Decodes a numeric reference whose '#' is at <paramref name="hash"/>; the ';' is optional, as in the HTML spec.</summary>
        private string? DecodeNumeric(int hash, out int end)
        {
            end = -1;
            int p = hash + 1;
            bool hex = p < text.Length && text[p] is 'x' or 'X';
            if (hex)
            {
                p++;
            }

            int digitsStart = p;
            int value = 0;
            while (p < text.Length)
            {
                int digit = text[p] switch
                {
                    >= '0' and <= '9' => text[p] - '0',
                    >= 'a' and <= 'f' when hex => text[p] - 'a' + 10,
                    >= 'A' and <= 'F' when hex => text[p] - 'A' + 10,
                    _ => -1,
                };
                if (digit < 0)
                {
                    break;
                }

                value = Math.Min((value * (hex ? 16 : 10)) + digit, 0x110000);
                p++;
            }

            if (p == digitsStart)
            {
                return null;
            }

            if (p < text.Length && text[p] == ';')
            {
                p++;
            }

            end = p;
            return HtmlEntities.FromNumeric(value);
        }

        /// <summary>Whether a '?' or '=' comes between the last whitespace (at most 256 characters back) and <paramref name="i"/>.</summary>
        private bool InUrlQuery(int i)
        {
            int stop = Math.Max(0, i - 256);
            for (int p = i - 1; p >= stop; p--)
            {
                char c = text[p];
                if (char.IsWhiteSpace(c))
                {
                    return false;
                }

                if (c is '?' or '=')
                {
                    return true;
                }
            }

            return false;
        }
    }
}
