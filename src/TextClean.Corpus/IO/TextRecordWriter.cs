using System.Buffers;
using TextClean.Filters;

namespace TextClean.Corpus.IO;

/// <summary>
/// Kept: one cleaned document per line (line breaks inside it become spaces, since a line is a document).
/// Rejected: JSON Lines with the original text and the verdict, since the text may hold anything.
/// </summary>
internal sealed class TextRecordWriter(Stream stream, OutputKind kind) : Utf8RecordWriter(stream)
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\r\n\u0085\u2028\u2029");

    // Line breaks become spaces, CR LF one space, since a line is a document.
    private static string OneLine(string text)
    {
        if (text.AsSpan().IndexOfAny(Breaks) < 0)
        {
            return text;
        }

        var line = new System.Text.StringBuilder(text.Length);
        ReadOnlySpan<char> rest = text;
        int i;
        while ((i = rest.IndexOfAny(Breaks)) >= 0)
        {
            line.Append(rest[..i]).Append(' ');
            i += rest[i] == '\r' && i + 1 < rest.Length && rest[i + 1] == '\n' ? 2 : 1;
            rest = rest[i..];
        }

        return line.Append(rest).ToString();
    }

    public override void WriteKept(in InputRecord record, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RequireDocument(record);
        if (kind != OutputKind.Kept)
        {
            throw new InvalidOperationException("this writer writes rejected records");
        }

        Output.WriteText(OneLine(text));
        Output.Write((byte)'\n');
    }

    public override void WriteRejected(in InputRecord record, FilterVerdict verdict, string? text = null)
    {
        RequireDocument(record);
        if (kind != OutputKind.Rejected)
        {
            throw new InvalidOperationException("this writer writes kept records");
        }

        Output.Write("{\"text\": "u8);
        // A replacement text is what the kept file would hold (dedup's rejects must read the same as its kept ones).
        Output.WriteJsonString(text is null ? record.Text : OneLine(text));
        WriteVerdictFields(verdict);
        Output.Write("}\n"u8);
    }
}
