using System.Buffers;
using System.Globalization;
using TextClean.Filters;

namespace TextClean.Corpus.IO;

/// <summary>
/// CSV with the reader's header and columns, the text column replaced (kept) or as read plus
/// <c>rejected_by, rejected_value, rejected_limit, rejected_detail</c> (rejected). RFC 4180: CRLF line ends, a field with
/// a comma, quote or line break is quoted with its quotes doubled.
/// </summary>
internal sealed class CsvRecordWriter : Utf8RecordWriter
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private readonly OutputKind _kind;
    private readonly int _textColumn;

    public CsvRecordWriter(Stream stream, OutputKind kind, string[] header, int textColumn)
        : base(stream)
    {
        _kind = kind;
        _textColumn = textColumn;
        if (header.Length == 0)
        {
            return;
        }

        IEnumerable<string> columns = kind == OutputKind.Rejected ? [.. header, "rejected_by", "rejected_value", "rejected_limit", "rejected_detail"] : header;
        WriteRow(columns.ToArray(), -1, null);
    }

    public override void WriteKept(in InputRecord record, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var carry = Carry(record);
        WriteRow(carry.Fields, _textColumn, text);
    }

    public override void WriteRejected(in InputRecord record, FilterVerdict verdict, string? text = null)
    {
        if (_kind != OutputKind.Rejected)
        {
            throw new InvalidOperationException("this writer writes kept records");
        }

        var fields = Carry(record).Fields;
        WriteRow([.. fields, verdict.Rule, Number(verdict.Value), Number(verdict.Limit), verdict.Detail ?? ""], text is null ? -1 : _textColumn, text);
    }

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    private static CsvCarry Carry(in InputRecord record)
    {
        RequireDocument(record);
        return record.Carry as CsvCarry ?? throw new ArgumentException("the record was not read from CSV", nameof(record));
    }

    private void WriteRow(string[] fields, int replace, string? text)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                Output.Write((byte)',');
            }

            WriteField(i == replace ? text! : fields[i]);
        }

        Output.Write("\r\n"u8);
    }

    private void WriteField(string field)
    {
        if (field.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            Output.WriteText(field);
            return;
        }

        Output.Write((byte)'"');
        ReadOnlySpan<char> rest = field;
        int quote;
        while ((quote = rest.IndexOf('"')) >= 0)
        {
            Output.WriteText(rest[..(quote + 1)]);
            Output.Write((byte)'"');
            rest = rest[(quote + 1)..];
        }

        Output.WriteText(rest);
        Output.Write((byte)'"');
    }
}
