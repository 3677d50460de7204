using TextClean.Filters;

namespace TextClean.Corpus.IO;

/// <summary>
/// Kept: the original line with the text value replaced, every other byte as read. Rejected: the original line with
/// the verdict fields appended at the end of the object.
/// </summary>
internal sealed class JsonLinesRecordWriter(Stream stream) : Utf8RecordWriter(stream)
{
    public override void WriteKept(in InputRecord record, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var carry = Carry(record);
        Output.Write(carry.Line.AsSpan(0, carry.ValueStart));
        Output.WriteJsonString(text);
        Output.Write(carry.Line.AsSpan(carry.ValueEnd));
        Output.Write((byte)'\n');
    }

    public override void WriteRejected(in InputRecord record, FilterVerdict verdict, string? text = null)
    {
        var carry = Carry(record);

        // A valid object line that has the text field: its last '}' closes it.
        int close = carry.Line.AsSpan().LastIndexOf((byte)'}');
        if (text is null)
        {
            Output.Write(carry.Line.AsSpan(0, close));
        }
        else
        {
            Output.Write(carry.Line.AsSpan(0, carry.ValueStart));
            Output.WriteJsonString(text);
            Output.Write(carry.Line.AsSpan(carry.ValueEnd, close - carry.ValueEnd));
        }

        WriteVerdictFields(verdict);
        Output.Write(carry.Line.AsSpan(close));
        Output.Write((byte)'\n');
    }

    private static JsonCarry Carry(in InputRecord record)
    {
        RequireDocument(record);
        return record.Carry as JsonCarry ?? throw new ArgumentException("the record was not read from JSON Lines", nameof(record));
    }
}
