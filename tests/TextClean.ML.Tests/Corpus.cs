using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TextClean.ML.Tests;

/// <summary>An e-mail body and its SpamAssassin label.</summary>
public sealed class Email
{
    public string Body { get; set; } = string.Empty;

    public bool Label { get; set; }
}

/// <summary>
/// The 200 bodies of corpora/spamassassin/sample-bodies.txt with their real ham/spam labels. The sample file has no labels, so
/// each line is matched to its message in spamassassin.jsonl.gz: a line is that message's body with every line break replaced
/// by one space (corpora/README.md).
/// </summary>
internal static partial class Corpus
{
    private static readonly Lazy<IReadOnlyList<Email>> Labelled = new(Load);

    public static IReadOnlyList<Email> Emails => Labelled.Value;

    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "corpora", "spamassassin")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("no corpora/spamassassin above " + AppContext.BaseDirectory);
        }
    }

    // The line breaks prepare.py replaces: CRLF, LF, CR, VT, FF, U+001C-U+001E, U+0085, U+2028, U+2029.
    [GeneratedRegex("\r\n|[\n\r\v\f\u001C\u001D\u001E\u0085\u2028\u2029]")]
    private static partial Regex LineBreak();

    private static List<Email> Load()
    {
        string dir = Path.Combine(RepoRoot, "corpora", "spamassassin");
        var labels = new Dictionary<string, bool>(StringComparer.Ordinal);
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(dir, "spamassassin.jsonl.gz")), CompressionMode.Decompress)))
        {
            while (reader.ReadLine() is { } line)
            {
                using var doc = JsonDocument.Parse(line);
                string body = LineBreak().Replace(doc.RootElement.GetProperty("text").GetString()!, " ");
                labels[body] = doc.RootElement.GetProperty("label").GetString() == "spam";
            }
        }

        // sample-bodies.txt ends every body with "\n" and has no other line terminator that File.ReadLines would split on.
        var emails = File.ReadAllText(Path.Combine(dir, "sample-bodies.txt")).Split('\n')[..^1]
            .Select(body => new Email { Body = body, Label = labels[body] })
            .ToList();
        Assert.Equal(200, emails.Count);
        Assert.Equal(63, emails.Count(e => e.Label));
        return emails;
    }
}
