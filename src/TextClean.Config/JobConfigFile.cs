using System.Globalization;
using TextClean.Filters;
using TextClean.Jobs;
using TextClean.Pipeline;

namespace TextClean.Config;

/// <summary>
/// Reads corpus job files in YAML or JSON. A job file extends the pipeline config: the pipeline is one of its stages, written
/// exactly as in a pipeline config file, and errors are reported the same way (file, line, column, allowed values):
/// <code>
/// input:
///   paths: [ "crawl/*.jsonl.gz" ]
///   text_field: text
///   invalid_utf8: error
/// output:
///   dir: out
/// workers: 2
/// stages:
///   - length: { min_words: 20 }
///   - quality
///   - language: { keep: [eng, deu], min_score: 0.5 }
///   - pipeline:
///       preset: ml
///       normalizers:
///         - emojis: { policy: mask }
///   - dedup: { exact: true, near: true }
/// </code>
/// Without <c>stages</c> the default job's stages run (<see cref="JobConfig.Default"/>).
/// </summary>
public static class JobConfigFile
{
    private static readonly string[] TopLevelKeys = ["input", "output", "workers", "stages"];
    private static readonly string[] InputKeys = ["paths", "format", "text_field", "invalid_utf8", "max_record_bytes", "part_mb"];
    private static readonly string[] OutputKeys = ["dir", "compression"];

    /// <summary>Reads the job file at <paramref name="path"/> (<c>.yaml</c>, <c>.yml</c> or <c>.json</c>).</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="ConfigException">The file has errors (all of them, located).</exception>
    public static JobConfig Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var format = PipelineConfigFile.FormatOf(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"job file '{path}' not found", path);
        }

        return Parse(File.ReadAllText(path), path, format);
    }

    /// <summary>Reads job file <paramref name="text"/>; <paramref name="fileName"/> is the file errors name.</summary>
    /// <exception cref="ConfigException">The text has errors (all of them, located).</exception>
    public static JobConfig Parse(string text, string fileName, ConfigFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var root = ConfigFileReader.ReadTree(text, fileName, format);
        return new Reader(fileName).Read(root);
    }

    private sealed class Reader(string file)
    {
        private readonly List<ConfigError> _errors = [];

        public JobConfig Read(ConfigNode? root)
        {
            var job = JobConfig.Default;
            if (root is not null && root is not MappingNode)
            {
                Error(string.Empty, $"a job file is a map with the keys {string.Join(", ", TopLevelKeys)}; found {root.Describe()}", root);
            }

            foreach (var (key, value) in Entries(root as MappingNode, string.Empty, TopLevelKeys))
            {
                switch (key.Value)
                {
                    case "input":
                        foreach (var (inputKey, inputValue) in Entries(Map(value, "input"), "input", InputKeys))
                        {
                            job = inputKey.Value switch
                            {
                                "paths" => job with { Inputs = Strings(inputValue, "input.paths") },
                                "format" => job with { Format = Choice(inputValue, "input.format", JobConfig.Formats) ?? job.Format },
                                "text_field" => job with { TextField = String(inputValue, "input.text_field") ?? job.TextField },
                                "invalid_utf8" => job with { InvalidUtf8 = Choice(inputValue, "input.invalid_utf8", JobConfig.InvalidUtf8Policies) ?? job.InvalidUtf8 },
                                "max_record_bytes" => job with { MaxRecordBytes = Integer(inputValue, "input.max_record_bytes", 1024, int.MaxValue) ?? job.MaxRecordBytes },
                                _ => job with { PartMegabytes = Integer(inputValue, "input.part_mb", 1, 1 << 20) ?? job.PartMegabytes },
                            };
                        }

                        break;
                    case "output":
                        foreach (var (outputKey, outputValue) in Entries(Map(value, "output"), "output", OutputKeys))
                        {
                            job = outputKey.Value == "dir"
                                ? job with { Output = String(outputValue, "output.dir") }
                                : job with { Compression = Choice(outputValue, "output.compression", JobConfig.Compressions) ?? job.Compression };
                        }

                        break;
                    case "workers":
                        job = job with { Workers = Integer(value, "workers", 1, 1024) };
                        break;
                    case "stages":
                        job = job with { Stages = Stages(value) };
                        break;
                }
            }

            if (_errors.Count > 0)
            {
                throw new ConfigException([.. _errors.OrderBy(e => e.Location?.Line ?? 0).ThenBy(e => e.Location?.Column ?? 0)]);
            }

            return job;
        }

        private List<JobStage> Stages(ConfigNode value)
        {
            var stages = new List<JobStage>();
            if (value is not SequenceNode list)
            {
                Error("stages", $"stages must be a list (each item starting with '- '); found {value.Describe()}", value);
                return stages;
            }

            string[] names = [.. FilterRegistry.Default.Names, "pipeline", "dedup"];
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < list.Items.Count; i++)
            {
                string path = $"stages[{i}]";
                var item = list.Items[i];
                ScalarNode? name = item as ScalarNode;
                ConfigNode? settings = null;
                if (item is MappingNode { Entries.Count: 1 } one)
                {
                    (name, settings) = (one.Entries[0].Key, one.Entries[0].Value);
                }

                if (name is null || name.IsNull)
                {
                    Error(path, $"a stage is a name, or a map of one name to its settings; found {item.Describe()}", item, names);
                    continue;
                }

                if (seen.TryGetValue(name.Value, out int first))
                {
                    Error(path, $"stage '{name.Value}' is listed twice (first at stages[{first}])", name);
                    continue;
                }

                seen[name.Value] = i;
                if (seen.ContainsKey("dedup") && name.Value != "dedup")
                {
                    Error(path, $"stage '{name.Value}' comes after dedup; dedup compares documents across the whole job, so it runs last", name);
                }

                if (settings is ScalarNode { IsNull: true })
                {
                    settings = null;
                }

                var stage = name.Value switch
                {
                    "pipeline" => Pipeline(settings, path),
                    "dedup" => Dedup(settings, name, path),
                    _ when FilterRegistry.Default.TryGet(name.Value, out _) => Filter(name, settings, path),
                    _ => UnknownStage(name, path, names),
                };
                if (stage is not null)
                {
                    stages.Add(stage);
                }
            }

            return stages;
        }

        private JobStage? UnknownStage(ScalarNode name, string path, string[] names)
        {
            Error(path, $"unknown stage '{name.Value}'", name, names, DidYouMean.Suggest(name.Value, names));
            return null;
        }

        private PipelineStage? Pipeline(ConfigNode? settings, string path)
        {
            try
            {
                // The pipeline section is a pipeline config file's content; with nothing given, the default preset.
                return new PipelineStage(settings is null ? Presets.Get(Presets.DefaultName) : ConfigFileReader.Read(settings, file, NormalizerRegistry.Default));
            }
            catch (ConfigException e)
            {
                _errors.AddRange(e.Errors.Select(error => error with { Path = $"{path}.pipeline.{error.Path}".TrimEnd('.') }));
                return null;
            }
        }

        private FilterStage? Filter(ScalarNode name, ConfigNode? settings, string path)
        {
            var values = Settings(name.Value, settings, path, out var positions);
            if (values is null)
            {
                return null;
            }

            var config = new FilterConfig(name.Value, values);
            FilterRegistry.Default.TryGet(name.Value, out var definition);
            return Check(SettingDefinition.Validate(name.Value, definition!.Settings, values, path), path, name, positions) ? new FilterStage(config) : null;
        }

        private DedupStage? Dedup(ConfigNode? settings, ScalarNode name, string path)
        {
            var values = Settings("dedup", settings, path, out var positions);
            if (values is null || !Check(SettingDefinition.Validate("dedup", DedupStage.Settings, values, path), path, name, positions))
            {
                return null;
            }

            string Get(string key) => values.LastOrDefault(v => v.Key == key).Value ?? DedupStage.Settings.First(s => s.Name == key).Default;
            int Number(string key) => int.Parse(Get(key), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return new DedupStage
            {
                Exact = Get("exact") == "true",
                Near = Get("near") == "true",
                ShingleWords = Number("shingle_words"),
                Bands = Number("bands"),
                RowsPerBand = Number("rows_per_band"),
            };
        }

        // A stage's settings as text (a list becomes comma-separated), with where each key and value sits.
        private List<KeyValuePair<string, string>>? Settings(string stage, ConfigNode? settings, string path, out Dictionary<string, (ScalarNode Key, ConfigNode Value)> positions)
        {
            positions = new(StringComparer.Ordinal);
            var values = new List<KeyValuePair<string, string>>();
            if (settings is null)
            {
                return values;
            }

            if (settings is not MappingNode map)
            {
                Error(path, $"the settings of {stage} must be a map (setting: value); found {settings.Describe()}", settings);
                return null;
            }

            foreach (var (key, value) in map.Entries)
            {
                if (!positions.TryAdd(key.Value, (key, value)))
                {
                    Error($"{path}.{stage}.{key.Value}", $"setting '{key.Value}' of {stage} is given twice", key);
                    continue;
                }

                switch (value)
                {
                    case ScalarNode { IsNull: false } scalar:
                        values.Add(KeyValuePair.Create(key.Value, scalar.Value));
                        break;
                    case SequenceNode items when items.Items.All(i => i is ScalarNode { IsNull: false }):
                        values.Add(KeyValuePair.Create(key.Value, string.Join(',', items.Items.Cast<ScalarNode>().Select(i => i.Value))));
                        break;
                    default:
                        Error($"{path}.{stage}.{key.Value}", $"{key.Value} of {stage} must be a value or a list of values; found {value.Describe()}", value);
                        break;
                }
            }

            return values;
        }

        // Puts each validation error at the key (unknown setting) or value (bad value) it is about.
        private bool Check(IEnumerable<ConfigError> errors, string path, ScalarNode name, Dictionary<string, (ScalarNode Key, ConfigNode Value)> positions)
        {
            bool ok = true;
            foreach (var error in errors)
            {
                ok = false;
                string setting = error.Path[(error.Path.LastIndexOf('.') + 1)..];
                ConfigNode at = !positions.TryGetValue(setting, out var position) ? name
                    : error.Message.StartsWith("unknown setting", StringComparison.Ordinal) ? position.Key
                    : position.Value;
                _errors.Add(error with { Location = new SourceLocation(file, at.Line, at.Column) });
            }

            return ok;
        }

        // The entries of a map, each key once and known; errors for the others.
        private IEnumerable<KeyValuePair<ScalarNode, ConfigNode>> Entries(MappingNode? map, string path, string[] keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, value) in map?.Entries ?? [])
            {
                string keyPath = path.Length == 0 ? key.Value : $"{path}.{key.Value}";
                if (key.Value == "$schema" && path.Length == 0)
                {
                    continue;
                }

                if (!keys.Contains(key.Value))
                {
                    Error(keyPath, $"unknown key '{key.Value}'", key, keys, DidYouMean.Suggest(key.Value, keys));
                }
                else if (!seen.Add(key.Value))
                {
                    Error(keyPath, $"key '{key.Value}' is given twice", key);
                }
                else
                {
                    yield return KeyValuePair.Create(key, value);
                }
            }
        }

        private MappingNode? Map(ConfigNode value, string path)
        {
            if (value is MappingNode map)
            {
                return map;
            }

            if (value is not ScalarNode { IsNull: true })
            {
                Error(path, $"{path} must be a map; found {value.Describe()}", value);
            }

            return null;
        }

        private string? String(ConfigNode value, string path)
        {
            if (value is ScalarNode { IsNull: false } scalar)
            {
                return scalar.Value;
            }

            Error(path, $"{path} must be a single value; found {value.Describe()}", value);
            return null;
        }

        private List<string> Strings(ConfigNode value, string path)
        {
            if (value is SequenceNode list && list.Items.All(i => i is ScalarNode { IsNull: false }))
            {
                return [.. list.Items.Cast<ScalarNode>().Select(i => i.Value)];
            }

            return String(value, path) is { } one ? [one] : [];
        }

        private string? Choice(ConfigNode value, string path, IReadOnlyList<string> allowed)
        {
            string? text = String(value, path);
            if (text is not null && !allowed.Contains(text))
            {
                Error(path, $"unknown {path} '{text}'", value, allowed, DidYouMean.Suggest(text, allowed));
                return null;
            }

            return text;
        }

        private int? Integer(ConfigNode value, string path, int minimum, int maximum)
        {
            string? text = String(value, path);
            if (text is null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number) && number >= minimum && number <= maximum)
            {
                return number;
            }

            string range = string.Create(CultureInfo.InvariantCulture, $"an integer from {minimum} to {maximum}");
            Error(path, $"{path} must be {range}; found '{text}'", value, [range]);
            return null;
        }

        private void Error(string path, string message, ConfigNode at, IReadOnlyList<string>? allowed = null, string? suggestion = null) =>
            _errors.Add(new ConfigError(path, message, allowed ?? [], suggestion) { Location = new SourceLocation(file, at.Line, at.Column) });
    }
}
