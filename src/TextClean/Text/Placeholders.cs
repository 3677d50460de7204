namespace TextClean.Text;

/// <summary>
/// The placeholders normalizers write in place of what they mask (<c>&lt;NUM&gt;</c>, <c>&lt;URL&gt;</c>, <c>&lt;NAME&gt;</c>, ...).
/// A placeholder is <c>&lt;</c>, an upper-case ASCII name (letters and digits, optionally followed by <c>_</c>-separated
/// parts such as <c>&lt;NUM_1e3&gt;</c>), and <c>&gt;</c>. The tokenizer reads one as a single
/// <see cref="Tokenization.TokenKind.Placeholder"/> token and the HTML stripper leaves the reserved ones alone, so cleaning
/// cleaned text changes nothing.
/// </summary>
public static class Placeholders
{
    /// <summary>Any number (see also the number placeholders of <see cref="Normalizers.Numbers.NumberOptions"/>).</summary>
    public const string Number = Normalizers.Numbers.NumberOptions.NumberMask;

    /// <summary>An emoji.</summary>
    public const string Emoji = "<EMOJI>";

    /// <summary>An ASCII emoticon such as <c>:-)</c>.</summary>
    public const string Emoticon = "<EMOTICON>";

    /// <summary>A URL.</summary>
    public const string Url = "<URL>";

    /// <summary>An e-mail address.</summary>
    public const string Email = "<EMAIL>";

    /// <summary>An <c>@mention</c>.</summary>
    public const string User = "<USER>";

    /// <summary>A <c>#hashtag</c>.</summary>
    public const string Hashtag = "<HASHTAG>";

    /// <summary>A person's name.</summary>
    public const string Name = "<NAME>";

    /// <summary>Marks emphasis that was collapsed (<c>!!!</c> to <c>! &lt;REPEAT&gt;</c>).</summary>
    public const string Repeat = "<REPEAT>";

    /// <summary>Marks a word whose repeated letters were shortened (<c>soooo</c> to <c>soo &lt;ELONG&gt;</c>).</summary>
    public const string Elongation = "<ELONG>";

    private const int MaxLength = 40;

    // Names TextClean itself writes; only these survive HTML stripping, since "<B>" or "<P>" in old mail are real tags.
    private static readonly string[] Reserved =
    [
        "NUM", "MONEY", "PERCENT", "ORDINAL", "DATE", "TIME", "PHONE", "EMOJI", "EMOTICON", "URL", "EMAIL", "USER",
        "HASHTAG", "NAME", "REPEAT", "ELONG",
    ];

    /// <summary>The length of the placeholder at the start of <paramref name="text"/>, or 0 when there is none.</summary>
    public static int Match(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] != '<' || !char.IsAsciiLetterUpper(text[1]))
        {
            return 0;
        }

        int limit = Math.Min(text.Length, MaxLength);
        int i = 2;
        while (i < limit && (char.IsAsciiLetterUpper(text[i]) || char.IsAsciiDigit(text[i])))
        {
            i++;
        }

        // Optional parts: "_1e3", "_neg1e2".
        while (i + 1 < limit && text[i] == '_' && char.IsAsciiLetterOrDigit(text[i + 1]))
        {
            i += 2;
            while (i < limit && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }
        }

        return i < limit && text[i] == '>' ? i + 1 : 0;
    }

    /// <summary>
    /// True when <paramref name="text"/> starts with a placeholder TextClean writes (<c>&lt;NUM&gt;</c>, <c>&lt;NUM_1e3&gt;</c>,
    /// <c>&lt;URL&gt;</c>, ...), as opposed to an upper-case HTML tag such as <c>&lt;B&gt;</c>.
    /// </summary>
    public static bool IsReservedAt(ReadOnlySpan<char> text)
    {
        int length = Match(text);
        if (length == 0)
        {
            return false;
        }

        var name = text[1..(length - 1)];
        int underscore = name.IndexOf('_');
        if (underscore >= 0)
        {
            name = name[..underscore];
        }

        foreach (var reserved in Reserved)
        {
            if (name.SequenceEqual(reserved))
            {
                return true;
            }
        }

        return false;
    }
}
