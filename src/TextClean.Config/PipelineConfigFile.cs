using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using TextClean.Pipeline;

namespace TextClean.Config;

/// <summary>
/// Reads and writes pipeline config files in YAML or JSON. A file names an optional <c>preset</c> and a list of
/// <c>normalizers</c>, each a bare name (defaults), a name with settings, or a name with <c>off</c> (removes it from the preset):
/// <code>
/// preset: ml
/// normalizers:
///   - numbers:
///       policy: bucket
///       bucket_base: 10
///   - emojis: { policy: mask }
///   - names: off
///   - html
/// </code>
/// Errors are collected, not stopped at: <see cref="ConfigException.Errors"/> lists each with its file, line and column.
/// </summary>
public static partial class PipelineConfigFile
{
    /// <summary>Reads the config file at <paramref name="path"/>; the format follows the extension (<c>.yaml</c>, <c>.yml</c>, <c>.json</c>).</summary>
    /// <param name="path">The file; errors name it as given.</param>
    /// <param name="registry">The normalizers that may be used (default: the built-in ones).</param>
    /// <returns>The resolved config: every normalizer in run order with every setting.</returns>
    /// <exception cref="FileNotFoundException">There is no such file (the message names it).</exception>
    /// <exception cref="ConfigException">The extension is not known, or the file has errors (all of them, located).</exception>
    public static PipelineConfig Load(string path, NormalizerRegistry? registry = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var format = FormatOf(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"config file '{path}' not found", path);
        }

        return Parse(File.ReadAllText(path), path, format, registry);
    }

    /// <summary>The format of a config file by its extension: <c>.json</c> is JSON, <c>.yaml</c> and <c>.yml</c> are YAML (any case).</summary>
    /// <exception cref="ConfigException">The extension is none of these.</exception>
    public static ConfigFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path).ToUpperInvariant();
        return extension switch
        {
            ".YAML" or ".YML" => ConfigFormat.Yaml,
            ".JSON" => ConfigFormat.Json,
            _ => throw new ConfigException([new ConfigError(string.Empty, $"cannot tell the format of config file '{path}' from its extension", [".yaml", ".yml", ".json"], null)]),
        };
    }

    /// <summary>Reads config <paramref name="text"/>.</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="fileName">The name errors give as their file.</param>
    /// <param name="format">YAML or JSON.</param>
    /// <param name="registry">The normalizers that may be used (default: the built-in ones).</param>
    /// <returns>The resolved config (<see cref="PipelineConfig.Resolve"/>): every normalizer in run order with every setting.</returns>
    /// <exception cref="ConfigException">The text has errors (all of them, located; a syntax error stops reading).</exception>
    public static PipelineConfig Parse(string text, string fileName, ConfigFormat format, NormalizerRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        registry ??= NormalizerRegistry.Default;
        var root = ConfigFileReader.ReadTree(text, fileName, format);
        return ConfigFileReader.Read(root, fileName, registry);
    }

    /// <summary>
    /// <paramref name="config"/> resolved, in file form: every normalizer with every setting, in the order they run, no preset.
    /// YAML gets a comment per normalizer (what it does) and per setting (the allowed values). Parsing the result gives back an
    /// equal config.
    /// </summary>
    /// <param name="config">The config (resolved here if it is not).</param>
    /// <param name="format">YAML or JSON.</param>
    /// <param name="registry">The normalizers <paramref name="config"/> uses (default: the built-in ones).</param>
    /// <exception cref="ConfigException">The config has errors.</exception>
    public static string Write(PipelineConfig config, ConfigFormat format, NormalizerRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        registry ??= NormalizerRegistry.Default;
        var resolved = config.Resolve(registry);
        return format == ConfigFormat.Json ? WriteJson(resolved, registry) : WriteYaml(resolved, registry);
    }

    private static string WriteYaml(PipelineConfig config, NormalizerRegistry registry)
    {
        var text = new StringBuilder();
        text.Append("# TextClean pipeline config: every normalizer with every setting, in the order they run.\n");
        text.Append("# Remove a normalizer by deleting its entry; settings left out take their defaults.\n");
        if (config.Normalizers.Count == 0)
        {
            return text.Append("normalizers: []\n").ToString();
        }

        text.Append("normalizers:\n");
        foreach (var normalizer in config.Normalizers)
        {
            registry.TryGet(normalizer.Name, out var definition);
            if (!string.IsNullOrWhiteSpace(definition?.Summary))
            {
                text.Append("  # ").Append(OneLine(definition.Summary)).Append('\n');
            }

            text.Append("  - ").Append(YamlScalar(normalizer.Name)).Append(':');
            if (normalizer.Settings.Count == 0)
            {
                text.Append(" {}\n");
                continue;
            }

            text.Append('\n');
            var lines = normalizer.Settings.Select(s => $"      {YamlScalar(s.Key)}: {YamlScalar(s.Value)}").ToArray();
            int width = lines.Max(l => l.Length);
            for (int i = 0; i < lines.Length; i++)
            {
                text.Append(lines[i]);
                if (definition?.FindSetting(normalizer.Settings[i].Key) is { } setting)
                {
                    text.Append(' ', width - lines[i].Length).Append("  # ").Append(OneLine(setting.DescribeAllowed()));
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string WriteJson(PipelineConfig config, NormalizerRegistry registry)
    {
        var text = new StringBuilder("{\n  \"normalizers\": [");
        for (int n = 0; n < config.Normalizers.Count; n++)
        {
            var normalizer = config.Normalizers[n];
            registry.TryGet(normalizer.Name, out var definition);
            text.Append(n == 0 ? "\n" : ",\n").Append("    { ").Append(JsonString(normalizer.Name)).Append(": {");
            for (int i = 0; i < normalizer.Settings.Count; i++)
            {
                var (key, value) = normalizer.Settings[i];
                var kind = definition?.FindSetting(key)?.Kind;
                string json = kind == SettingKind.Boolean && value is "true" or "false" ? value
                    : kind == SettingKind.WholeNumber && JsonInteger().IsMatch(value) ? value
                    : JsonString(value);
                text.Append(i == 0 ? " " : ", ").Append(JsonString(key)).Append(": ").Append(json);
            }

            text.Append(normalizer.Settings.Count == 0 ? "} }" : " } }");
        }

        return text.Append(config.Normalizers.Count == 0 ? "]\n}\n" : "\n  ]\n}\n").ToString();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // Plain when YAML reads it back as the same text; single-quoted otherwise.
    private static string YamlScalar(string value) =>
        PlainYaml().IsMatch(value) && value is not ("~" or "null" or "Null" or "NULL")
            ? value
            : $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    private static string JsonString(string value) => $"\"{JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"";

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.+-]*$")]
    private static partial Regex PlainYaml();

    [GeneratedRegex("^-?(0|[1-9][0-9]*)$")]
    private static partial Regex JsonInteger();
}
