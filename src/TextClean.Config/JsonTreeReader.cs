using System.Text;
using System.Text.Json;

namespace TextClean.Config;

/// <summary>
/// Reads JSON into <see cref="ConfigNode"/>s with <see cref="Utf8JsonReader"/>, turning each token's byte offset into a line and
/// a column (in characters). Comments and trailing commas are accepted.
/// </summary>
internal static class JsonTreeReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The root node, or null for an empty file.</summary>
    /// <exception cref="ConfigSyntaxException">The text is not JSON.</exception>
    public static ConfigNode? Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineMap(bytes);
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            reader.Read();
            var root = ReadValue(ref reader, lines);
            while (reader.Read())
            {
                // Throws on anything after the root value except comments.
            }

            return root is ScalarNode { IsNull: true } ? null : root;
        }
        catch (JsonException e)
        {
            int line = (int)(e.LineNumber ?? 0);
            int column = lines.ColumnInLine(line, (int)(e.BytePositionInLine ?? 0));
            throw new ConfigSyntaxException(StripPosition(e.Message), line + 1, column);
        }
    }

    private static ConfigNode ReadValue(ref Utf8JsonReader reader, LineMap lines)
    {
        var (line, column) = lines.Position((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<KeyValuePair<ScalarNode, ConfigNode>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (keyLine, keyColumn) = lines.Position((int)reader.TokenStartIndex);
                    var key = new ScalarNode(reader.GetString()!, false, keyLine, keyColumn);
                    reader.Read();
                    entries.Add(KeyValuePair.Create(key, ReadValue(ref reader, lines)));
                }

                return new MappingNode(entries, line, column);
            case JsonTokenType.StartArray:
                var items = new List<ConfigNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines));
                }

                return new SequenceNode(items, line, column);
            case JsonTokenType.String:
                return new ScalarNode(reader.GetString()!, false, line, column);
            case JsonTokenType.Number:
                return new ScalarNode(Encoding.UTF8.GetString(reader.ValueSpan), false, line, column);
            case JsonTokenType.True:
                return new ScalarNode("true", false, line, column);
            case JsonTokenType.False:
                return new ScalarNode("false", false, line, column);
            default:
                return new ScalarNode(string.Empty, true, line, column);
        }
    }

    // System.Text.Json ends messages with " LineNumber: 2 | BytePositionInLine: 4."; the location is reported separately.
    private static string StripPosition(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at < 0 ? message : message[..at]).Trim();
    }

    /// <summary>Byte offsets to 1-based lines and character columns.</summary>
    private sealed class LineMap
    {
        private readonly byte[] _bytes;
        private readonly List<int> _lineStarts = [0];

        public LineMap(byte[] bytes)
        {
            _bytes = bytes;
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Position(int offset)
        {
            int index = _lineStarts.BinarySearch(offset);
            int line = index >= 0 ? index : ~index - 1;
            return (line + 1, ColumnInLine(line, offset - _lineStarts[line]));
        }

        // The 1-based character column of the byte at `byteInLine` of 0-based `line`.
        public int ColumnInLine(int line, int byteInLine)
        {
            line = Math.Clamp(line, 0, _lineStarts.Count - 1);
            int start = _lineStarts[line];
            int length = Math.Clamp(byteInLine, 0, _bytes.Length - start);
            return Encoding.UTF8.GetCharCount(_bytes, start, length) + 1;
        }
    }
}
