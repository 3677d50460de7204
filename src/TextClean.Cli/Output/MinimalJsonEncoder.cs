using System.Text.Encodings.Web;

namespace TextClean.Cli.Output;

/// <summary>
/// Escapes only what JSON requires (quote, backslash, control characters) and lone surrogates, so emoji and every
/// script stay readable in the output. The built-in encoders always escape characters outside the BMP (👍 becomes
/// \uD83D\uDC4D), which hides exactly what a learner wants to see.
/// </summary>
internal sealed unsafe class MinimalJsonEncoder : JavaScriptEncoder
{
    public static readonly MinimalJsonEncoder Instance = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar is '"' or '\\' || (unicodeScalar >= 0xD800 && unicodeScalar <= 0xDFFF);

    public override int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (int i = 0; i < textLength; i++)
        {
            char c = text[i];
            if (c < 0x20 || c is '"' or '\\')
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < textLength && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    public override bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        string escaped = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ => null!,
        };
        if (escaped is null)
        {
            if (!WillEncode(unicodeScalar))
            {
                // Not ours to escape: write the scalar as it is (one or two UTF-16 code units).
                var rune = new System.Text.Rune(unicodeScalar);
                if (bufferLength < rune.Utf16SequenceLength)
                {
                    numberOfCharactersWritten = 0;
                    return false;
                }

                numberOfCharactersWritten = rune.EncodeToUtf16(new Span<char>(buffer, bufferLength));
                return true;
            }

            escaped = $"\\u{unicodeScalar:X4}";
        }

        if (bufferLength < escaped.Length)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        escaped.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
        numberOfCharactersWritten = escaped.Length;
        return true;
    }
}
