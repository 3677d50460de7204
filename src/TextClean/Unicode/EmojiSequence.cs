using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace TextClean.Unicode;

/// <summary>
/// Recognizes emoji sequences (UTS #51, Emoji 17.0) at the start of UTF-16 text, names them with their CLDR short
/// names, and removes skin tones. Recognition does not allocate.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="GetLength(ReadOnlySpan{char})"/> implements the "possible emoji" grammar of UTS #51 (ED-27 style)
/// over the Unicode 17.0 emoji properties, so emoji ZWJ combinations that are not (yet) recommended also stay one
/// unit:
/// </para>
/// <code>
/// sequence := element ( U+200D element )*
/// element  := RI RI
///           | RI                                    (a lone regional indicator, see below)
///           | [0-9#*] U+FE0F? U+20E3                 (keycap)
///           | Emoji U+FE0F? ( EMod U+FE0F? )? ( [U+E0020-U+E007E]+ U+E007F )?
/// </code>
/// <para>Deliberate choices, for running text:</para>
/// <list type="bullet">
/// <item><description>ASCII digits, <c>#</c> and <c>*</c> are emoji only as keycaps (optional U+FE0F, then U+20E3);
/// <c>"2"</c>, <c>"20th"</c> and <c>"#tag"</c> give 0, and so does <c>"1"</c> U+FE0F without U+20E3.</description></item>
/// <item><description>A code point with Emoji_Presentation=No that is not followed by U+FE0F (nor by a skin tone or a tag
/// sequence) starts an emoji only if it is at or above U+2600 (so ❤ U+2764, ☺ U+263A and ✔ U+2714 are emoji); below
/// U+2600 (©, ®, ™, ‼, ⁉, ↔, ▶, ℹ, …) it is a symbol and gives 0 unless U+FE0F follows. After a ZWJ inside a sequence
/// the U+2600 limit does not apply (🙂‍↔ is one emoji).</description></item>
/// <item><description>Any emoji code point directly followed by U+FE0E (text presentation selector) is not an emoji:
/// it gives 0 at the start, and ends a ZWJ sequence before the ZWJ that precedes it.</description></item>
/// <item><description>A lone regional indicator (not paired with a second one) is an emoji of one code point
/// (2 code units): it has Emoji_Presentation=Yes and is displayed as a boxed letter.</description></item>
/// <item><description>Emoji modifiers (skin tones U+1F3FB..U+1F3FF) alone are emoji of length 2; after any emoji they
/// attach to it (as the grapheme cluster rules do). A U+FE0F after the base or after the modifier is included.</description></item>
/// <item><description>A trailing ZWJ not followed by an emoji element is not part of the sequence.</description></item>
/// </list>
/// </remarks>
public static class EmojiSequence
{
    private const int Zwj = 0x200D;
    private const int VariationSelector16 = 0xFE0F;
    private const int VariationSelector15 = 0xFE0E;
    private const int CombiningEnclosingKeycap = 0x20E3;
    private const int TagCancel = 0xE007F;
    private const int FirstTag = 0xE0020;
    private const int LastTagSpec = 0xE007E;
    private const int FirstRegionalIndicator = 0x1F1E6;
    private const int LastRegionalIndicator = 0x1F1FF;
    private const int FirstSkinTone = 0x1F3FB;
    private const int LastSkinTone = 0x1F3FF;
    private const int TextDefaultLimit = 0x2600;
    private const char FirstEmojiAfterLatin1 = '\u203C';

    private static FrozenDictionary<string, string>? _names;

    /// <summary>
    /// Gets the length, in UTF-16 code units, of the longest emoji sequence at the start of <paramref name="text"/>,
    /// or 0 if <paramref name="text"/> does not start with an emoji.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>
    /// The length of the emoji sequence (ZWJ, modifier, flag, keycap and tag sequences, with or without U+FE0F), or 0.
    /// ASCII digits, <c>#</c> and <c>*</c> count only as keycaps. A code point with Emoji_Presentation=No below U+2600
    /// (©, ®, ™, ‼, ↔, ▶, ℹ, …) counts only when U+FE0F follows it; at or above U+2600 (❤, ☺, ✔, …) it counts without.
    /// A code point followed by U+FE0E is not an emoji. A lone regional indicator is an emoji of length 2.
    /// Never throws; malformed UTF-16 (lone surrogates) is simply not an emoji.
    /// </returns>
    public static int GetLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        // Fast exit: below U+203C (‼) only the keycap bases and © ® have Emoji=Yes (checked by the tests).
        var first = text[0];
        if (first < FirstEmojiAfterLatin1 && first != '\u00A9' && first != '\u00AE' && !IsKeycapBase(first))
        {
            return 0;
        }

        var end = MatchElement(text, 0, first: true);
        if (end == 0)
        {
            return 0;
        }

        while (end < text.Length && text[end] == Zwj)
        {
            var next = MatchElement(text, end + 1, first: false);
            if (next == 0)
            {
                break;
            }

            end = next;
        }

        return end;
    }

    /// <summary>
    /// Gets the CLDR short name of an emoji sequence listed in emoji-test.txt (Emoji 17.0), e.g. "thumbs up: medium
    /// skin tone", "flag: Japan" or "keycap: 1".
    /// </summary>
    /// <param name="emoji">Exactly one emoji sequence. U+FE0F selectors are ignored, so fully-qualified,
    /// minimally-qualified and unqualified forms (and forms without any U+FE0F) get the same name.</param>
    /// <param name="name">The name, or <see langword="null"/> if the sequence is not listed.</param>
    /// <returns><see langword="true"/> if a name was found.</returns>
    /// <remarks>The name table is built on the first call (a few hundred KB); later calls do not allocate.</remarks>
    public static bool TryGetName(ReadOnlySpan<char> emoji, out string? name)
    {
        name = null;
        if (emoji.IsEmpty || emoji.Length > 4 * EmojiNameData.MaxKeyLength)
        {
            return false;
        }

        Span<char> key = stackalloc char[4 * EmojiNameData.MaxKeyLength];
        var length = 0;
        foreach (var c in emoji)
        {
            if (c != (char)VariationSelector16)
            {
                key[length++] = c;
            }
        }

        if (length == 0 || length > EmojiNameData.MaxKeyLength)
        {
            return false;
        }

        var names = _names ?? InitializeNames();
        return names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key[..length], out name);
    }

    /// <summary>Gets whether the text contains an emoji modifier (skin tone U+1F3FB..U+1F3FF).</summary>
    /// <param name="emoji">The text, typically one emoji sequence.</param>
    /// <returns><see langword="true"/> if a skin tone modifier occurs.</returns>
    public static bool HasSkinTone(ReadOnlySpan<char> emoji)
    {
        for (var i = 0; i + 1 < emoji.Length; i++)
        {
            if (IsSkinToneAt(emoji, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Copies <paramref name="emoji"/> to <paramref name="destination"/> without the skin tone modifiers
    /// U+1F3FB..U+1F3FF (e.g. 👍🏽 becomes 👍, 🧑🏽‍🤝‍🧑🏿 becomes 🧑‍🤝‍🧑). Nothing else is changed.
    /// </summary>
    /// <param name="emoji">The text, typically one emoji sequence.</param>
    /// <param name="destination">The buffer to write to; <paramref name="emoji"/>.Length code units always suffice.</param>
    /// <returns>The number of code units written.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short for the result.</exception>
    public static int RemoveSkinTones(ReadOnlySpan<char> emoji, Span<char> destination)
    {
        var written = 0;
        for (var i = 0; i < emoji.Length; i++)
        {
            if (i + 1 < emoji.Length && IsSkinToneAt(emoji, i))
            {
                i++;
                continue;
            }

            if (written >= destination.Length)
            {
                throw new ArgumentException("The destination is too short for the text without skin tones.", nameof(destination));
            }

            destination[written++] = emoji[i];
        }

        return written;
    }

    /// <summary>Gets the packed emoji properties of a code point (see <see cref="EmojiBits"/>).</summary>
    /// <param name="codePoint">The code point.</param>
    /// <returns>The property bits; 0 for non-emoji and for lone surrogates.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int GetProperties(int codePoint) => EmojiData.Get(codePoint);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSkinToneAt(ReadOnlySpan<char> text, int index)
        // U+1F3FB..U+1F3FF is D83C DFFB..DFFF.
        => text[index] == '\uD83C' && (uint)(text[index + 1] - 0xDFFB) <= 4;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsKeycapBase(int c) => (uint)(c - '0') <= 9 || c == '#' || c == '*';

    /// <summary>Matches one element of the emoji grammar at <paramref name="start"/>.</summary>
    /// <returns>The end index of the element, or 0 if there is none.</returns>
    private static int MatchElement(ReadOnlySpan<char> text, int start, bool first)
    {
        if (start >= text.Length)
        {
            return 0;
        }

        var cp = GraphemeCluster.DecodeAt(text, start, out var width);
        var position = start + width;

        if (IsKeycapBase(cp))
        {
            if (position < text.Length && text[position] == (char)VariationSelector16)
            {
                position++;
            }

            return position < text.Length && text[position] == (char)CombiningEnclosingKeycap ? position + 1 : 0;
        }

        var props = EmojiData.Get(cp);
        if ((props & EmojiBits.Emoji) == 0)
        {
            return 0;
        }

        if (position < text.Length && text[position] == (char)VariationSelector15)
        {
            return 0;
        }

        if ((uint)(cp - FirstRegionalIndicator) <= LastRegionalIndicator - FirstRegionalIndicator)
        {
            var next = PeekCodePoint(text, position, out var nextWidth);
            return (uint)(next - FirstRegionalIndicator) <= LastRegionalIndicator - FirstRegionalIndicator
                ? position + nextWidth
                : position;
        }

        // The element qualifies on its own if it is emoji-presentation, or not at the start of the sequence, or a
        // text-default emoji at or above U+2600; otherwise only if a presentation selector, modifier or tag follows.
        var qualified = (props & EmojiBits.Presentation) != 0 || !first || cp >= TextDefaultLimit;

        if (position < text.Length && text[position] == (char)VariationSelector16)
        {
            position++;
            qualified = true;
        }

        var modifier = PeekCodePoint(text, position, out var modifierWidth);
        if ((uint)(modifier - FirstSkinTone) <= LastSkinTone - FirstSkinTone)
        {
            position += modifierWidth;
            qualified = true;
            if (position < text.Length && text[position] == (char)VariationSelector16)
            {
                position++;
            }
        }

        var tagEnd = MatchTagSpec(text, position);
        if (tagEnd > 0)
        {
            position = tagEnd;
            qualified = true;
        }

        return qualified ? position : 0;
    }

    /// <summary>Matches <c>[U+E0020-U+E007E]+ U+E007F</c> at <paramref name="start"/>.</summary>
    /// <returns>The end index, or 0 if there is no complete tag sequence.</returns>
    private static int MatchTagSpec(ReadOnlySpan<char> text, int start)
    {
        var position = start;
        while (true)
        {
            var tag = PeekCodePoint(text, position, out var width);
            if (tag == TagCancel)
            {
                return position > start ? position + width : 0;
            }

            if ((uint)(tag - FirstTag) > LastTagSpec - FirstTag)
            {
                return 0;
            }

            position += width;
        }
    }

    /// <summary>Decodes the code point at <paramref name="index"/>, or gives -1 at the end of the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PeekCodePoint(ReadOnlySpan<char> text, int index, out int width)
    {
        if (index >= text.Length)
        {
            width = 0;
            return -1;
        }

        return GraphemeCluster.DecodeAt(text, index, out width);
    }

    private static FrozenDictionary<string, string> InitializeNames()
    {
        var records = EmojiNameData.Records.AsSpan();
        var entries = new Dictionary<string, string>(EmojiNameData.Count, StringComparer.Ordinal);
        Span<char> key = stackalloc char[EmojiNameData.MaxKeyLength];
        while (!records.IsEmpty)
        {
            var lineEnd = records.IndexOf('\n');
            var line = lineEnd < 0 ? records : records[..lineEnd];
            records = lineEnd < 0 ? [] : records[(lineEnd + 1)..];
            line = line.TrimEnd('\r');
            var separator = line.IndexOf(';');
            if (separator <= 0)
            {
                continue;
            }

            var length = 0;
            foreach (var range in line[..separator].Split(' '))
            {
                var hex = line[..separator][range];
                var codePoint = int.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                length += new Rune(codePoint).EncodeToUtf16(key[length..]);
            }

            entries[new string(key[..length])] = line[(separator + 1)..].ToString();
        }

        var names = entries.ToFrozenDictionary(StringComparer.Ordinal);
        return Interlocked.CompareExchange(ref _names, names, null) ?? names;
    }
}
