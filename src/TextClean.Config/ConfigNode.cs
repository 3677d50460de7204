namespace TextClean.Config;

/// <summary>A node of a config file as read, before it means anything, with the 1-based line and column where it starts.</summary>
internal abstract class ConfigNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>What the node is, for error messages: "a list", "a map", "a value".</summary>
    public abstract string Describe();
}

/// <summary>A scalar, always as text (<c>true</c>, <c>10</c>); <see cref="IsNull"/> for an empty value, <c>~</c> or <c>null</c>.</summary>
internal sealed class ScalarNode(string value, bool isNull, int line, int column) : ConfigNode(line, column)
{
    public string Value { get; } = value;

    public bool IsNull { get; } = isNull;

    public override string Describe() => IsNull ? "nothing" : $"the value '{Value}'";
}

/// <summary>A list.</summary>
internal sealed class SequenceNode(IReadOnlyList<ConfigNode> items, int line, int column) : ConfigNode(line, column)
{
    public IReadOnlyList<ConfigNode> Items { get; } = items;

    public override string Describe() => "a list";
}

/// <summary>A map, its entries in file order (duplicate keys kept, so they can be reported).</summary>
internal sealed class MappingNode(IReadOnlyList<KeyValuePair<ScalarNode, ConfigNode>> entries, int line, int column) : ConfigNode(line, column)
{
    public IReadOnlyList<KeyValuePair<ScalarNode, ConfigNode>> Entries { get; } = entries;

    public override string Describe() => "a map";
}

/// <summary>The file cannot be read as YAML or JSON at all; there is nothing more to check.</summary>
internal sealed class ConfigSyntaxException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
