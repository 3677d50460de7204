using System.CommandLine;
using System.Text.Json;
using TextClean.Cli.Input;
using TextClean.Cli.Output;
using TextClean.IO;
using TextClean.Tokenization;

namespace TextClean.Cli.Commands;

/// <summary><c>textclean tokenize [FILE...]</c>: one output line per input document, with every token's kind and offsets.</summary>
internal static class TokenizeCommand
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Emoji and non-Latin text stay readable in the output instead of becoming \uXXXX escapes.
        Encoder = MinimalJsonEncoder.Instance,
    };

    public static Command Create()
    {
        var files = CommonOptions.Files();
        var field = CommonOptions.Field();
        var output = CommonOptions.Output();
        var format = new Option<string>("--format")
        {
            Description = "Output format: jsonl (one {\"tokens\":[...]} object per input line) or tsv (one token per line: doc, start, length, kind, flags, text).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "tsv");
        var splitHyphens = new Option<bool>("--split-hyphens") { Description = "Split hyphenated words: state-of-the-art -> state - of - the - art." };
        var splitContractions = new Option<bool>("--split-contractions") { Description = "Split contractions treebank-style: don't -> do n't." };

        var command = new Command("tokenize", "Tokenize UTF-8 text (one document per line, or JSON Lines with --field) and print each token's kind and offsets.")
        {
            files, field, output, format, splitHyphens, splitContractions,
        };
        command.SetAction(parse =>
        {
            var tokenizer = new Tokenizer(new TokenizerOptions
            {
                SplitHyphens = parse.GetValue(splitHyphens),
                SplitContractions = parse.GetValue(splitContractions),
            });
            return CommandRunner.Run(parse, error =>
            {
                bool tsv = parse.GetValue(format) == "tsv";
                CommonOptions.WriteDocuments(parse, files, field, output, error, (documents, sink) => tsv ? WriteTsv(tokenizer, documents, sink) : WriteJsonLines(tokenizer, documents, sink));
            });
        });
        return command;
    }

    private static InputStats WriteJsonLines(Tokenizer tokenizer, IEnumerable<Document> documents, Stream sink)
    {
        var stats = new InputStats();
        using var json = new Utf8JsonWriter(sink, JsonOptions);
        foreach (var doc in documents)
        {
            stats.Add(doc);
            json.Reset();
            json.WriteStartObject();
            if (doc.Error is not null)
            {
                json.WriteString("error", $"{doc.Source}:{doc.Line}: {doc.Error}");
            }
            else
            {
                var text = doc.Text.AsSpan();
                json.WriteStartArray("tokens");
                foreach (var token in tokenizer.Tokenize(text))
                {
                    json.WriteStartObject();
                    json.WriteString("text", token.GetText(text));
                    json.WriteString("kind", KindName(token.Kind));
                    json.WriteNumber("start", token.Start);
                    json.WriteNumber("length", token.Length);
                    if (token.Flags != TokenFlags.None)
                    {
                        json.WriteString("flags", FlagNames(token.Flags));
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.Flush();
            sink.WriteByte((byte)'\n');
        }

        return stats;
    }

    private static InputStats WriteTsv(Tokenizer tokenizer, IEnumerable<Document> documents, Stream sink)
    {
        var stats = new InputStats();
        using var writer = new StreamWriter(sink, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write("doc\tstart\tlength\tkind\tflags\ttext\n");
        long docIndex = 0;
        foreach (var doc in documents)
        {
            docIndex++;
            stats.Add(doc);
            if (doc.Error is not null)
            {
                writer.Write($"{docIndex}\t\t\terror\t\t{Escape(doc.Source + ":" + doc.Line + ": " + doc.Error)}\n");
                continue;
            }

            var text = doc.Text.AsSpan();
            foreach (var token in tokenizer.Tokenize(text))
            {
                writer.Write(docIndex);
                writer.Write('\t');
                writer.Write(token.Start);
                writer.Write('\t');
                writer.Write(token.Length);
                writer.Write('\t');
                writer.Write(KindName(token.Kind));
                writer.Write('\t');
                writer.Write(token.Flags == TokenFlags.None ? string.Empty : FlagNames(token.Flags));
                writer.Write('\t');
                writer.Write(Escape(token.GetText(text).ToString()));
                writer.Write('\n');
            }
        }

        return stats;
    }

    internal static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Symbol => "symbol",
        TokenKind.Emoji => "emoji",
        TokenKind.Emoticon => "emoticon",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Mention => "mention",
        TokenKind.Hashtag => "hashtag",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string FlagNames(TokenFlags flags) => flags.ToString().Replace(" ", string.Empty, StringComparison.Ordinal);

    // TSV fields cannot hold tabs or line breaks: write them as \t, \n, \r (and a backslash as \\).
    private static string Escape(string s) =>
        s.AsSpan().IndexOfAny("\t\n\r\\") < 0 ? s
        : s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
