using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TextClean.Config;

/// <summary>Reads YAML into <see cref="ConfigNode"/>s with YamlDotNet's event parser, which gives every node's position.</summary>
internal static partial class YamlTreeReader
{
    /// <summary>The root node, or null for an empty file.</summary>
    /// <exception cref="ConfigSyntaxException">The text is not YAML, has more than one document, or a key that is not a scalar.</exception>
    public static ConfigNode? Read(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        var anchors = new Dictionary<string, ConfigNode>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, anchors);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                throw new ConfigSyntaxException("a config file holds one YAML document; found a second one", (int)second.Start.Line, (int)second.Start.Column);
            }

            return root is ScalarNode { IsNull: true } ? null : root;
        }
        catch (YamlException e)
        {
            var (line, column) = e.Message.Contains("tab", StringComparison.Ordinal) && FirstIndentingTab(text) is { } tab
                ? tab
                : ((int)e.Start.Line, (int)e.Start.Column);
            throw new ConfigSyntaxException(StripMarks(e.Message), line, column);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some broken input (an unclosed flow map at the end of the file).
            var at = scanner.CurrentPosition;
            throw new ConfigSyntaxException("cannot read the YAML here; is a '{', '[' or quote not closed?", (int)at.Line, (int)at.Column);
        }
    }

    private static ConfigNode ReadNode(IParser parser, Dictionary<string, ConfigNode> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new ConfigSyntaxException($"unknown alias '*{alias.Value.Value}'", (int)alias.Start.Line, (int)alias.Start.Column);
        }

        ConfigNode node;
        NodeEvent start;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            start = scalar;
            bool isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
            node = new ScalarNode(scalar.Value, isNull, (int)scalar.Start.Line, (int)scalar.Start.Column);
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            start = sequenceStart;
            var items = new List<ConfigNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, anchors));
            }

            node = new SequenceNode(items, (int)sequenceStart.Start.Line, (int)sequenceStart.Start.Column);
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            start = mappingStart;
            var entries = new List<KeyValuePair<ScalarNode, ConfigNode>>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadNode(parser, anchors);
                if (key is not ScalarNode scalarKey)
                {
                    throw new ConfigSyntaxException($"a key must be a name; found {key.Describe()}", key.Line, key.Column);
                }

                entries.Add(KeyValuePair.Create(scalarKey, ReadNode(parser, anchors)));
            }

            node = new MappingNode(entries, (int)mappingStart.Start.Line, (int)mappingStart.Start.Column);
        }

        if (!start.Anchor.IsEmpty)
        {
            anchors[start.Anchor.Value] = node;
        }

        return node;
    }

    // YamlDotNet reports a tab used as indentation at the start of the enclosing map; point at the tab instead.
    private static (int Line, int Column)? FirstIndentingTab(string text)
    {
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            int tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): "; the location is reported separately.
    private static string StripMarks(string message) => MarksPrefix().Replace(message, string.Empty).Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarksPrefix();
}
