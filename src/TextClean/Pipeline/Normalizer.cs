using TextClean.Text;
using TextClean.Tokenization;

namespace TextClean.Pipeline;

/// <summary>What a normalizer did with one token.</summary>
public enum TokenResult
{
    /// <summary>Nothing: the next normalizer may decide, and the token's text goes on unchanged.</summary>
    Unchanged,

    /// <summary>Rewrote it (the new text is in the output buffer); later transforms such as case still apply.</summary>
    Rewritten,

    /// <summary>Replaced it by a placeholder (in the output buffer) that later transforms leave alone.</summary>
    Masked,

    /// <summary>Removed it; the pipeline keeps the words around it apart.</summary>
    Removed,
}

/// <summary>
/// A built normalizer: one named decision with its settings frozen. It takes part in up to two places: a character pass over
/// the whole text before tokenizing (HTML, unicode, whitespace: <see cref="RewritesText"/>), and the single token pass,
/// where it either decides tokens of the kinds it owns (<see cref="Decides"/>: numbers, emoji, punctuation, ...) or
/// transforms the text every token ends up with (<see cref="Transforms"/>: case). Immutable and thread-safe.
/// </summary>
public abstract class Normalizer
{
    /// <summary>Creates the normalizer from its complete, valid config.</summary>
    protected Normalizer(NormalizerConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
    }

    /// <summary>The normalizer's settings.</summary>
    public NormalizerConfig Config { get; }

    /// <summary>Its registered name.</summary>
    public string Name => Config.Name;

    /// <summary>Whether it runs a character pass before tokenizing.</summary>
    public virtual bool RewritesText => false;

    /// <summary>Among normalizers that decide the same tokens, lower goes first (names before hyphenated words).</summary>
    public virtual int DecisionPriority => 0;

    /// <summary>
    /// Whether what it writes for a token may hold tokens that other normalizers decide (a split hashtag's number:
    /// <c>#iphone12pro</c> to <c>iphone 12 pro</c>); the token pass then runs once more over a document it rewrote.
    /// </summary>
    public virtual bool RewritesIntoNewTokens => false;

    /// <summary>Whether it needs a look at the whole document's tokens before deciding (see <see cref="Mark"/>).</summary>
    public virtual bool NeedsMarks => false;

    /// <summary>The character pass: returns the rewritten text (the same instance when nothing changed) and reports its edits.</summary>
    public virtual string RewriteText(string text, List<TextEdit>? edits) => text;

    /// <summary>Whether it decides tokens of <paramref name="kind"/> in the token pass.</summary>
    public virtual bool Decides(TokenKind kind) => false;

    /// <summary>Marks tokens of the whole document before the token pass (e.g. which words are people's names).</summary>
    public virtual void Mark(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<bool> marks)
    {
    }

    /// <summary>Decides one token it owns: writes the new text to <paramref name="output"/> and says what it did.</summary>
    public virtual TokenResult Decide(in TokenContext context, TokenBuffer output) => TokenResult.Unchanged;

    /// <summary>Whether it transforms the final text of tokens of <paramref name="kind"/> (after the deciders).</summary>
    public virtual bool Transforms(TokenKind kind) => false;

    /// <summary>Transforms a token's text; returns false, writing nothing, when it leaves the text as it is.</summary>
    public virtual bool Transform(ReadOnlySpan<char> token, TokenBuffer output) => false;

    /// <inheritdoc/>
    public override string ToString() => Config.ToString();
}

/// <summary>The token being decided, with the whole document around it for look-behind and look-ahead.</summary>
public readonly ref struct TokenContext
{
    /// <summary>Creates a context.</summary>
    public TokenContext(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, ReadOnlySpan<bool> marks)
        : this(text, tokens, index, marks, null)
    {
    }

    internal TokenContext(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, ReadOnlySpan<bool> marks, TokenPass? pass)
    {
        Text = text;
        Tokens = tokens;
        Index = index;
        Marks = marks;
        _pass = pass;
    }

    private readonly TokenPass? _pass;

    /// <summary>The text the tokens index (after the character passes).</summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>All tokens of the document.</summary>
    public ReadOnlySpan<Token> Tokens { get; }

    /// <summary>The index of the token being decided.</summary>
    public int Index { get; }

    /// <summary>This normalizer's marks from <see cref="Normalizer.Mark"/> (empty when it does not mark).</summary>
    public ReadOnlySpan<bool> Marks { get; }

    /// <summary>The token being decided.</summary>
    public Token Token => Tokens[Index];

    /// <summary>The token's text.</summary>
    public ReadOnlySpan<char> TokenText => Text.Slice(Tokens[Index].Start, Tokens[Index].Length);

    /// <summary>Whether this normalizer marked the token.</summary>
    public bool IsMarked => Index < Marks.Length && Marks[Index];

    /// <summary>
    /// Whether the pipeline's transforms remove <paramref name="word"/> (a stop word): a normalizer that writes words
    /// (a compound's parts) can tell which of them will not be there when it looks again.
    /// </summary>
    public bool IsRemovedWord(ReadOnlySpan<char> word) => _pass is not null && _pass.RemovesWord(word);
}

/// <summary>A growable character buffer a normalizer writes a token's new text into; reused, so it allocates nothing in steady state.</summary>
public sealed class TokenBuffer
{
    private char[] _chars = new char[64];

    /// <summary>How many characters have been written.</summary>
    public int Length { get; private set; }

    /// <summary>What has been written.</summary>
    public ReadOnlySpan<char> Written => _chars.AsSpan(0, Length);

    /// <summary>Forgets what was written.</summary>
    public void Clear() => Length = 0;

    /// <summary>Appends text.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(GetSpan(text.Length));
        Length += text.Length;
    }

    /// <summary>Appends one character.</summary>
    public void Append(char c)
    {
        GetSpan(1)[0] = c;
        Length++;
    }

    /// <summary>Room for at least <paramref name="size"/> characters after what was written; call <see cref="Advance"/> after writing.</summary>
    public Span<char> GetSpan(int size)
    {
        if (Length + size > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + size));
        }

        return _chars.AsSpan(Length);
    }

    /// <summary>Counts <paramref name="count"/> characters written into the span from <see cref="GetSpan"/>.</summary>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Length + count, _chars.Length, nameof(count));
        Length += count;
    }
}
