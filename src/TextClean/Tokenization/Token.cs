using System.Runtime.InteropServices;

namespace TextClean.Tokenization;

/// <summary>
/// One token: where it is in the input (UTF-16 code units), what kind it is, and flags.
/// A token holds no text, so producing one never allocates; <see cref="GetText(ReadOnlySpan{char})"/> slices the input.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Token
{
    /// <summary>Creates a token.</summary>
    /// <param name="start">Offset of the first UTF-16 code unit in the input.</param>
    /// <param name="length">Length in UTF-16 code units.</param>
    /// <param name="kind">What the token is.</param>
    /// <param name="flags">Facts about the token.</param>
    public Token(int start, int length, TokenKind kind, TokenFlags flags = TokenFlags.None)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Flags = flags;
    }

    /// <summary>Offset of the first UTF-16 code unit of the token in the input.</summary>
    public int Start { get; }

    /// <summary>Length of the token in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Offset just past the token: <c>Start + Length</c>.</summary>
    public int End => Start + Length;

    /// <summary>What the token is.</summary>
    public TokenKind Kind { get; }

    /// <summary>Facts about the token (money, ordinal, hyphenated, ...).</summary>
    public TokenFlags Flags { get; }

    /// <summary>True if the token has every flag in <paramref name="flags"/>.</summary>
    public bool Has(TokenFlags flags) => (Flags & flags) == flags;

    /// <summary>The token's text: a slice of <paramref name="input"/>, the text that was tokenized.</summary>
    public ReadOnlySpan<char> GetText(ReadOnlySpan<char> input) => input.Slice(Start, Length);

    /// <summary>The token's text as a new string (allocates; use <see cref="GetText(ReadOnlySpan{char})"/> on hot paths).</summary>
    public string GetString(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Substring(Start, Length);
    }
}
