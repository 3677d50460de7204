using System.Globalization;
using System.Text;
using TextClean.Tokenization;

namespace TextClean.Tests.Tokenization;

/// <summary>
/// Reads tokenizer case files: blocks separated by blank lines, each
/// <code>
/// # a comment
/// options: SplitHyphens, SplitContractions      (optional)
/// &gt; input text (\n, \t, \uXXXX and \U0001XXXX escapes)
/// kind  text  [Flag, Flag]
/// </code>
/// with one line per expected token, in order; fields are separated by two or more spaces or a tab.
/// </summary>
internal static class TokenizerCaseFile
{
    public sealed record Case(string File, int Line, string Input, TokenizerOptions Options, IReadOnlyList<(TokenKind Kind, string Text, TokenFlags Flags)> Expected)
    {
        public override string ToString() => $"{Path.GetFileName(File)}:{Line} {Input}";
    }

    public static IEnumerable<Case> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var options = new TokenizerOptions();
        string? input = null;
        int inputLine = 0;
        var expected = new List<(TokenKind, string, TokenFlags)>();
        for (int n = 0; n <= lines.Length; n++)
        {
            string line = n < lines.Length ? lines[n] : string.Empty;
            if (line.Length == 0)
            {
                if (input is not null)
                {
                    yield return new Case(path, inputLine, input, options, expected);
                }

                input = null;
                options = new TokenizerOptions();
                expected = [];
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("options:", StringComparison.Ordinal))
            {
                foreach (var name in line["options:".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var property = typeof(TokenizerOptions).GetProperty(name.TrimStart('!'))
                        ?? throw new FormatException($"{path}:{n + 1}: unknown option '{name}'");
                    property.SetValue(options, !name.StartsWith('!'));
                }

                continue;
            }

            if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                input = Unescape(line[2..]);
                inputLine = n + 1;
                continue;
            }

            var fields = System.Text.RegularExpressions.Regex.Split(line.Trim(), @"\t|\s{2,}");
            if (fields.Length < 2)
            {
                throw new FormatException($"{path}:{n + 1}: expected 'kind  text  [flags]', got '{line}'");
            }

            var kind = Enum.Parse<TokenKind>(fields[0], ignoreCase: true);
            var flags = fields.Length > 2 ? Enum.Parse<TokenFlags>(fields[2], ignoreCase: true) : TokenFlags.None;
            expected.Add((kind, Unescape(fields[1]), flags));
        }
    }

    public static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                switch (s[i + 1])
                {
                    case 'n': sb.Append('\n'); i++; continue;
                    case 't': sb.Append('\t'); i++; continue;
                    case 'r': sb.Append('\r'); i++; continue;
                    case '\\': sb.Append('\\'); i++; continue;
                    case 's': sb.Append(' '); i++; continue;
                    case 'u':
                        sb.Append((char)int.Parse(s.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 5;
                        continue;
                    case 'U':
                        sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 2, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                        i += 9;
                        continue;
                }
            }

            sb.Append(s[i]);
        }

        return sb.ToString();
    }
}
