using System.CommandLine;
using System.Diagnostics;

namespace SpamClassifier.Commands;

/// <summary><c>export OUT.jsonl[.gz]</c>: the corpus as classifier text, one JSON line per message.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Argument<FileInfo>("OUT") { Description = "output file, .jsonl or .jsonl.gz (gzip when it ends in .gz)" };
        var corpus = CommonOptions.CreateCorpus();
        var command = new Command("export", "Decode every message (subject + best body) and write {\"id\", \"label\", \"text\"} JSON lines.")
        {
            output,
            corpus,
        };
        command.SetAction(parse =>
        {
            var corpusPath = CommonOptions.ResolveCorpus(parse.GetValue(corpus));
            if (corpusPath is null)
            {
                return ExitCodes.Failure;
            }

            var outPath = parse.GetValue(output)!.FullName;
            var clock = Stopwatch.StartNew();
            ExportCounts counts;
            try
            {
                counts = Exporter.Export(Corpus.Read(corpusPath), outPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                Console.Error.WriteLine($"SpamClassifier: {e.Message}");
                return ExitCodes.Failure;
            }

            Console.WriteLine($"read    {corpusPath}");
            Console.WriteLine($"wrote   {outPath} ({new FileInfo(outPath).Length:N0} bytes, {clock.Elapsed.TotalSeconds:F1} s)");
            Console.WriteLine($"bodies: plain = text/plain parts, html = text/html (kept as HTML), none = no text body, fallback = MIME decoding failed (raw text after the headers)");
            Console.WriteLine(counts.ToString());
            return ExitCodes.Ok;
        });
        return command;
    }
}
