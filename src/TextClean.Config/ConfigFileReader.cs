using TextClean.Pipeline;

namespace TextClean.Config;

/// <summary>
/// Turns the node tree of a config file into a <see cref="PipelineConfig"/>, collecting every error with the file position of
/// the key or value it is about.
/// </summary>
internal sealed class ConfigFileReader
{
    private static readonly string[] TopLevelKeys = ["preset", "normalizers"];
    private static readonly Dictionary<string, (ScalarNode Key, ConfigNode Value)> NoPositions = [];

    private readonly string _file;
    private readonly NormalizerRegistry _registry;
    private readonly List<ConfigError> _errors = [];

    private ConfigFileReader(string file, NormalizerRegistry registry)
    {
        _file = file;
        _registry = registry;
    }

    /// <summary>The resolved config of <paramref name="root"/> (null: an empty file, an empty pipeline).</summary>
    /// <exception cref="ConfigException">Every error found, located.</exception>
    public static PipelineConfig Read(ConfigNode? root, string file, NormalizerRegistry registry) => new ConfigFileReader(file, registry).Read(root);

    /// <summary>The node tree of a config or job file's <paramref name="text"/> (a BOM is dropped); null for an empty file.</summary>
    /// <exception cref="ConfigException">The text is not YAML or JSON (the syntax error, located).</exception>
    public static ConfigNode? ReadTree(string text, string fileName, ConfigFormat format)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        try
        {
            return format == ConfigFormat.Json ? JsonTreeReader.Read(text) : YamlTreeReader.Read(text);
        }
        catch (ConfigSyntaxException e)
        {
            throw new ConfigException([SyntaxError(e, fileName)]);
        }
    }

    /// <summary>A syntax error as a located config error.</summary>
    public static ConfigError SyntaxError(ConfigSyntaxException e, string file) =>
        new ConfigError(string.Empty, e.Message, [], null) { Location = new SourceLocation(file, e.Line, e.Column) };

    private PipelineConfig Read(ConfigNode? root)
    {
        string? preset = null;
        var entries = new List<Entry>();
        if (root is MappingNode map)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, value) in map.Entries)
            {
                if (!seen.Add(key.Value))
                {
                    Error(key.Value, $"key '{key.Value}' is given twice", key);
                    continue;
                }

                switch (key.Value)
                {
                    case "preset":
                        preset = ReadPreset(value);
                        break;
                    case "normalizers":
                        ReadNormalizers(value, entries);
                        break;
                    case "$schema":
                        // Lets editors find schemas/textclean.schema.json; means nothing here.
                        break;
                    default:
                        Error(key.Value, $"unknown key '{key.Value}'", key, TopLevelKeys, DidYouMean.Suggest(key.Value, TopLevelKeys));
                        break;
                }
            }
        }
        else if (root is not null)
        {
            Error(string.Empty, $"a pipeline config is a map with the keys preset and normalizers; found {root.Describe()}", root);
        }

        if (_errors.Count > 0)
        {
            // Positions, not discovery order: an entry's later keys can be found before its earlier ones are checked.
            throw new ConfigException([.. _errors.OrderBy(e => e.Location!.Value.Line).ThenBy(e => e.Location!.Value.Column)]);
        }

        var config = preset is null ? PipelineConfig.Empty : Presets.Get(preset);
        foreach (var entry in entries)
        {
            config = entry.Remove ? config.Without(entry.Config.Name) : config.With(entry.Config);
        }

        return config.Resolve(_registry);
    }

    private string? ReadPreset(ConfigNode value)
    {
        if (value is not ScalarNode { IsNull: false } name)
        {
            Error("preset", $"preset must be a preset name; found {value.Describe()}", value, Presets.Names);
            return null;
        }

        if (!Presets.Names.Contains(name.Value))
        {
            Error("preset", $"unknown preset '{name.Value}'", value, Presets.Names, DidYouMean.Suggest(name.Value, Presets.Names));
            return null;
        }

        return name.Value;
    }

    private void ReadNormalizers(ConfigNode value, List<Entry> entries)
    {
        if (value is ScalarNode { IsNull: true })
        {
            return;
        }

        if (value is not SequenceNode list)
        {
            Error("normalizers", $"normalizers must be a list (each item starting with '- '); found {value.Describe()}", value);
            return;
        }

        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < list.Items.Count; i++)
        {
            string path = $"normalizers[{i}]";
            if (ReadEntry(list.Items[i], path) is not { } entry)
            {
                continue;
            }

            if (firstIndex.TryGetValue(entry.Config.Name, out int first))
            {
                Error(path, $"normalizer '{entry.Config.Name}' is listed twice (first at normalizers[{first}]); merge the two entries", entry.NameNode);
                continue;
            }

            firstIndex[entry.Config.Name] = i;
            if (Check(entry, path))
            {
                entries.Add(entry);
            }
        }
    }

    private Entry? ReadEntry(ConfigNode item, string path)
    {
        if (item is ScalarNode scalar)
        {
            if (scalar.IsNull)
            {
                Error(path, "empty entry; write a normalizer name, or a normalizer name with its settings", item, [.. _registry.Names]);
                return null;
            }

            return new Entry(new NormalizerConfig(scalar.Value), false, scalar, NoPositions);
        }

        if (item is not MappingNode map || map.Entries.Count == 0)
        {
            Error(path, $"an entry is a normalizer name, or a map of one normalizer name to its settings; found {(item is MappingNode ? "an empty map" : item.Describe())}", item);
            return null;
        }

        var (name, value) = map.Entries[0];
        if (map.Entries.Count > 1)
        {
            ReportExtraKeys(map, path);
        }

        switch (value)
        {
            case ScalarNode { IsNull: true }:
                return new Entry(new NormalizerConfig(name.Value), false, name, NoPositions);
            case ScalarNode { Value: "off" or "false" }:
                return new Entry(new NormalizerConfig(name.Value), true, name, NoPositions);
            case ScalarNode other:
                Error(path, $"'{other.Value}' is not settings for {name.Value}; give its settings as a map, nothing for its defaults, or off to remove it", other, ["off", "false"]);
                return null;
            case SequenceNode list:
                Error(path, $"the settings of {name.Value} must be a map (setting: value); found {list.Describe()}", list);
                return null;
        }

        var settings = new List<KeyValuePair<string, string>>();
        var positions = new Dictionary<string, (ScalarNode Key, ConfigNode Value)>(StringComparer.Ordinal);
        _registry.TryGet(name.Value, out var definition);
        foreach (var (key, setting) in ((MappingNode)value).Entries)
        {
            string settingPath = $"{path}.{name.Value}.{key.Value}";
            if (positions.ContainsKey(key.Value))
            {
                Error(settingPath, $"setting '{key.Value}' of {name.Value} is given twice", key);
                continue;
            }

            positions[key.Value] = (key, setting);
            var allowed = definition?.FindSetting(key.Value) is { } known ? Allowed(known) : [];
            if (setting is not ScalarNode scalarSetting)
            {
                Error(settingPath, $"{key.Value} of {name.Value} must be a single value; found {setting.Describe()}", setting, allowed);
            }
            else if (scalarSetting.IsNull)
            {
                Error(settingPath, $"{key.Value} of {name.Value} has no value", key, allowed);
            }
            else
            {
                settings.Add(KeyValuePair.Create(key.Value, scalarSetting.Value));
            }
        }

        return new Entry(new NormalizerConfig(name.Value, settings), false, name, positions);
    }

    // A common slip: settings not indented under their normalizer ("- numbers:\n  policy: bucket") make a map of two keys.
    private void ReportExtraKeys(MappingNode map, string path)
    {
        var (name, value) = map.Entries[0];
        var extra = map.Entries.Skip(1).Select(e => e.Key).ToArray();
        string keys = string.Join(", ", map.Entries.Select(e => e.Key.Value));
        string message = $"an entry names one normalizer; found {map.Entries.Count} keys ({keys}); start each normalizer with its own '- '";
        if (value is ScalarNode { IsNull: true } && _registry.TryGet(name.Value, out var definition) && extra.All(k => definition.FindSetting(k.Value) is not null))
        {
            message = $"an entry names one normalizer; found {map.Entries.Count} keys ({keys}); indent the settings of {name.Value} under it";
        }

        Error(path, message, extra[0]);
    }

    // Checks names and values with the registry and puts each error at the key or value it is about.
    private bool Check(Entry entry, string path)
    {
        bool ok = true;
        _registry.TryGet(entry.Config.Name, out var definition);
        foreach (var error in _registry.Validate(entry.Config, path))
        {
            ok = false;
            ConfigNode at = entry.NameNode;
            string prefix = $"{path}.{entry.Config.Name}.";
            if (error.Path.StartsWith(prefix, StringComparison.Ordinal) && entry.Positions.TryGetValue(error.Path[prefix.Length..], out var position))
            {
                at = definition?.FindSetting(error.Path[prefix.Length..]) is null ? position.Key : position.Value;
            }

            _errors.Add(error with { Location = Locate(at) });
        }

        return ok;
    }

    private static IReadOnlyList<string> Allowed(SettingDefinition setting) =>
        setting.IsNumeric ? [setting.DescribeAllowed()] : setting.AllowedValues;

    private SourceLocation Locate(ConfigNode node) => new(_file, node.Line, node.Column);

    private void Error(string path, string message, ConfigNode at, IReadOnlyList<string>? allowed = null, string? suggestion = null) =>
        _errors.Add(new ConfigError(path, message, allowed ?? [], suggestion) { Location = Locate(at) });

    /// <summary>One entry of the normalizers list: the config it gives, whether it removes, and where its parts are.</summary>
    private sealed record Entry(NormalizerConfig Config, bool Remove, ScalarNode NameNode, IReadOnlyDictionary<string, (ScalarNode Key, ConfigNode Value)> Positions);
}
