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

    public override void WriteKept(in InputRecord record, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RequireDocument(record);
        if (kind != OutputKind.Kept)
        {
            throw new InvalidOperationException("this writer writes rejected records");
        }

        ReadOnlySpan<char> rest = text;
        int i;
        while ((i = rest.IndexOfAny(Breaks)) >= 0)
        {
            Output.WriteText(rest[..i]);
            Output.Write((byte)' ');

            // CR LF is one break, one space.
            i += rest[i] == '\r' && i + 1 < rest.Length && rest[i + 1] == '\n' ? 2 : 1;
            rest = rest[i..];
        }

        Output.WriteText(rest);
        Output.Write((byte)'\n');
    }

    public override void WriteRejected(in InputRecord record, FilterVerdict verdict)
    {
        RequireDocument(record);
        if (kind != OutputKind.Rejected)
        {
            throw new InvalidOperationException("this writer writes kept records");
        }

        Output.Write("{\"text\": "u8);
        Output.WriteJsonString(record.Text);
        WriteVerdictFields(verdict);
        Output.Write("}\n"u8);
    }
}
