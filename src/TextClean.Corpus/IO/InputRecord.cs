namespace TextClean.Corpus.IO;

/// <summary>
/// One input record: its text, or why it is malformed. Never thrown away: a malformed record comes back with
/// <see cref="Error"/> set so the job can account for it.
/// </summary>
public readonly struct InputRecord
{
    /// <summary>The longest <see cref="Excerpt"/>, in characters.</summary>
    public const int ExcerptLength = 200;

    /// <summary>Creates a record.</summary>
    public InputRecord(long line, string? text, string? error, int invalidUtf8, int byteLength, object? carry)
    {
        Line = line;
        Text = text;
        Error = error;
        InvalidUtf8 = invalidUtf8;
        ByteLength = byteLength;
        Carry = carry;
    }

    /// <summary>The 1-based line in the file where the record starts (text, JSON Lines, CSV), or the 1-based row (Parquet).</summary>
    public long Line { get; }

    /// <summary>The document text; null when <see cref="Error"/> is set.</summary>
    public string? Text { get; }

    /// <summary>Why the record is malformed (bad JSON, missing field, over-long line); null when it is a document.</summary>
    public string? Error { get; }

    /// <summary>How many invalid UTF-8 sequences became U+FFFD.</summary>
    public int InvalidUtf8 { get; }

    /// <summary>The record's size in the uncompressed input, in bytes.</summary>
    public int ByteLength { get; }

    /// <summary>
    /// The start of a malformed record's raw input (at most <see cref="ExcerptLength"/> characters) for the error output;
    /// null for documents and for records whose raw input was not kept (an over-long line).
    /// </summary>
    public string? Excerpt => Error is null ? null : Carry as string;

    /// <summary>What the format's writer needs to write the record back with its other fields (immutable; null for plain text).</summary>
    internal object? Carry { get; }
}

/// <summary>Makes malformed records.</summary>
internal static class Malformed
{
    /// <summary>A record with <paramref name="error"/> and an excerpt of the raw <paramref name="bytes"/>.</summary>
    public static InputRecord Record(long line, string error, ReadOnlySpan<byte> bytes, long byteLength, int invalid = 0) =>
        new(line, null, error, invalid, Clamp(byteLength), Excerpt(bytes));

    /// <summary>At most <see cref="InputRecord.ExcerptLength"/> characters of <paramref name="bytes"/>.</summary>
    public static string Excerpt(ReadOnlySpan<byte> bytes) =>
        Cut(System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, InputRecord.ExcerptLength * 4)]));

    /// <summary><paramref name="text"/> cut to <see cref="InputRecord.ExcerptLength"/> characters, not between the halves of a pair.</summary>
    public static string Cut(string text)
    {
        if (text.Length <= InputRecord.ExcerptLength)
        {
            return text;
        }

        int n = InputRecord.ExcerptLength;
        return text[..(char.IsHighSurrogate(text[n - 1]) ? n - 1 : n)];
    }

    /// <summary>A byte length as the record's int.</summary>
    public static int Clamp(long length) => (int)Math.Min(length, int.MaxValue);
}
