using TextClean.IO;

namespace TextClean.Cli.Input;

/// <summary>What was read: documents, lines that were not documents, and replaced invalid UTF-8.</summary>
internal sealed class InputStats
{
    public long Documents { get; private set; }

    public long Errors { get; private set; }

    public long InvalidUtf8 { get; private set; }

    public long DocumentsWithInvalidUtf8 { get; private set; }

    public void Add(Document doc)
    {
        if (doc.Error is null)
        {
            Documents++;
        }
        else
        {
            Errors++;
        }

        if (doc.InvalidUtf8 > 0)
        {
            InvalidUtf8 += doc.InvalidUtf8;
            DocumentsWithInvalidUtf8++;
        }
    }

    /// <summary>Warns on standard error about anything that was replaced or could not be read; silent when all was clean.</summary>
    public void Report(TextWriter error)
    {
        if (InvalidUtf8 > 0)
        {
            error.WriteLine($"textclean: warning: {InvalidUtf8} invalid UTF-8 sequence(s) in {DocumentsWithInvalidUtf8} document(s) were replaced by U+FFFD");
        }

        if (Errors > 0)
        {
            error.WriteLine($"textclean: warning: {Errors} line(s) were not documents (see the \"error\" entries in the output)");
        }
    }
}
