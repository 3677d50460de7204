using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TextClean.Filters;
using TextClean.Jobs;
using TextClean.Pipeline;

namespace TextClean.Config;

/// <summary>
/// The JSON Schema (draft 2020-12) of pipeline config files, generated from the registry so it lists exactly the normalizers,
/// settings and values that load. Editors use it for completion and checks in both JSON and YAML files. The repository keeps a
/// copy in <c>schemas/textclean.schema.json</c>.
/// </summary>
public static class ConfigSchema
{
    /// <summary>The draft the schema follows.</summary>
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The schema: <c>preset</c> as an enum of <see cref="Presets.Names"/>; <c>normalizers</c> as a list whose items are one of a
    /// bare normalizer name, or one object per normalizer (its settings as enum, boolean or integer properties, nothing else
    /// allowed; or <c>off</c>/<c>false</c> to remove it; or null for its defaults). Descriptions come from the summaries.
    /// </summary>
    /// <param name="registry">The normalizers (default: the built-in ones).</param>
    /// <returns>The schema as indented JSON with <c>\n</c> line ends and a final newline.</returns>
    public static string Generate(NormalizerRegistry? registry = null)
    {
        registry ??= NormalizerRegistry.Default;
        return Document("TextClean pipeline config", "A TextClean pipeline: an optional preset, then normalizers that override its settings, add normalizers or remove them (name: off). Normalizers run in a fixed order, whatever the order in the file.", json =>
        {
            json.WriteStartObject("preset");
            json.WriteString("description", PresetDescription());
            WriteStrings(json, "enum", Presets.Names);
            json.WriteEndObject();

            json.WriteStartObject("normalizers");
            json.WriteString("description", "The normalizers: a name (default settings), a name with settings (any not given keep the preset's or the default), or a name with off (removed from the preset). Each at most once.");
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            json.WriteStartArray("oneOf");
            json.WriteStartObject();
            json.WriteString("description", "A normalizer with its default settings.");
            json.WriteString("type", "string");
            WriteStrings(json, "enum", [.. registry.Names]);
            json.WriteEndObject();
            foreach (var definition in registry.Definitions)
            {
                WriteNormalizer(json, definition);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// The JSON Schema of corpus job files: <c>input</c>, <c>output</c>, <c>workers</c> and <c>stages</c>, each stage a filter
    /// (its settings), <c>dedup</c> (its settings) or <c>pipeline</c>, whose content refers to the pipeline schema
    /// (<c>textclean.schema.json</c>, next to this one). The repository keeps a copy in <c>schemas/textclean-job.schema.json</c>.
    /// </summary>
    /// <param name="filters">The filters (default: the built-in ones).</param>
    /// <returns>The schema as indented JSON with <c>\n</c> line ends and a final newline.</returns>
    public static string GenerateJob(FilterRegistry? filters = null)
    {
        filters ??= FilterRegistry.Default;
        return Document("TextClean corpus job", "A corpus job for 'textclean run': inputs, output, workers, and stages (filters and the pipeline in order, dedup last). Command-line options override the file.", json =>
        {
            json.WriteStartObject("input");
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            json.WriteStartObject("paths");
            json.WriteString("description", "Files, directories (recursive) and globs (*, **, ?).");
            json.WriteStartArray("oneOf");
            json.WriteStartObject();
            json.WriteString("type", "string");
            json.WriteEndObject();
            json.WriteStartObject();
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            json.WriteString("type", "string");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            WriteEnum(json, "format", "The input format (auto: by each file's extension).", JobConfig.Formats, "auto");
            WriteText(json, "text_field", "The JSON field, CSV column or Parquet column holding the text.", "text");
            WriteEnum(json, "invalid_utf8", "A document with invalid UTF-8: error (malformed, in the errors file) or replace (U+FFFD, then processed).", JobConfig.InvalidUtf8Policies, "error");
            WriteInteger(json, "max_record_bytes", "A longer record is malformed.", 1024, int.MaxValue, 16 << 20);
            WriteInteger(json, "part_mb", "Uncompressed text and JSON Lines files above this many MiB are split into parts.", 1, 1 << 20, 256);
            json.WriteEndObject();
            json.WriteBoolean("additionalProperties", false);
            json.WriteEndObject();

            json.WriteStartObject("output");
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            WriteText(json, "dir", "The output directory.", null);
            WriteEnum(json, "compression", "Compression of the outputs (same: as each input).", JobConfig.Compressions, "same");
            json.WriteEndObject();
            json.WriteBoolean("additionalProperties", false);
            json.WriteEndObject();

            WriteInteger(json, "workers", "Worker threads (default: one per core).", 1, 1024, null);

            json.WriteStartObject("stages");
            json.WriteString("description", "Filters and the pipeline run in this order; dedup runs last. Each stage at most once.");
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            json.WriteStartArray("oneOf");
            json.WriteStartObject();
            json.WriteString("description", "A stage with its default settings.");
            json.WriteString("type", "string");
            WriteStrings(json, "enum", [.. filters.Names, "pipeline", "dedup"]);
            json.WriteEndObject();
            foreach (var filter in filters.Definitions)
            {
                WriteStage(json, filter.Name, filter.Summary, filter.Settings);
            }

            WriteStage(json, "dedup", "Deduplication across the whole job: exact, and near-duplicates with MinHash LSH.", DedupStage.Settings);
            json.WriteStartObject();
            json.WriteString("title", "pipeline");
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            json.WriteStartObject("pipeline");
            json.WriteString("description", "The normalizer pipeline, written as a pipeline config file; nothing for the default preset.");
            json.WriteStartArray("oneOf");
            json.WriteStartObject();
            json.WriteString("$ref", "textclean.schema.json");
            json.WriteEndObject();
            json.WriteStartObject();
            json.WriteString("type", "null");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            WriteStrings(json, "required", ["pipeline"]);
            json.WriteBoolean("additionalProperties", false);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    // A schema document: the root object, its "$schema" property (which editors use and TextClean ignores), the properties
    // the callback writes, and no others.
    private static string Document(string title, string description, Action<Utf8JsonWriter> properties)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Draft);
            json.WriteString("title", title);
            json.WriteString("description", description);
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            json.WriteStartObject("$schema");
            json.WriteString("description", "The schema of this file, for editors; ignored by TextClean.");
            json.WriteString("type", "string");
            json.WriteEndObject();
            properties(json);
            json.WriteEndObject();
            json.WriteBoolean("additionalProperties", false);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteStage(Utf8JsonWriter json, string name, string summary, IReadOnlyList<SettingDefinition> settings)
    {
        json.WriteStartObject();
        json.WriteString("title", name);
        json.WriteString("description", summary);
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        json.WriteStartObject(name);
        json.WriteString("description", summary);
        json.WriteStartArray("type");
        json.WriteStringValue("object");
        json.WriteStringValue("null");
        json.WriteEndArray();
        json.WriteStartObject("properties");
        foreach (var setting in settings)
        {
            WriteSetting(json, setting);
        }

        json.WriteEndObject();
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();
        json.WriteEndObject();
        WriteStrings(json, "required", [name]);
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();
    }

    private static void WriteEnum(Utf8JsonWriter json, string name, string description, IEnumerable<string> values, string defaultValue)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        WriteStrings(json, "enum", values);
        json.WriteString("default", defaultValue);
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string description, string? defaultValue)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "string");
        if (defaultValue is not null)
        {
            json.WriteString("default", defaultValue);
        }

        json.WriteEndObject();
    }

    private static void WriteInteger(Utf8JsonWriter json, string name, string description, int minimum, int maximum, int? defaultValue)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "integer");
        json.WriteNumber("minimum", minimum);
        json.WriteNumber("maximum", maximum);
        if (defaultValue is { } value)
        {
            json.WriteNumber("default", value);
        }

        json.WriteEndObject();
    }

    private static void WriteNormalizer(Utf8JsonWriter json, NormalizerDefinition definition)
    {
        json.WriteStartObject();
        json.WriteString("title", definition.Name);
        json.WriteString("description", definition.Summary);
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        json.WriteStartObject(definition.Name);
        json.WriteString("description", definition.Summary);
        json.WriteStartArray("oneOf");

        json.WriteStartObject();
        json.WriteString("description", "Its settings; any not given keep the preset's value or the default.");
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        foreach (var setting in definition.Settings)
        {
            WriteSetting(json, setting);
        }

        json.WriteEndObject();
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();

        json.WriteStartObject();
        json.WriteString("description", "Remove it (from the preset).");
        json.WriteStartArray("enum");
        json.WriteStringValue("off");
        json.WriteBooleanValue(false);
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartObject();
        json.WriteString("description", "Use it with its default settings.");
        json.WriteString("type", "null");
        json.WriteEndObject();

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        WriteStrings(json, "required", [definition.Name]);
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();
    }

    private static void WriteSetting(Utf8JsonWriter json, SettingDefinition setting)
    {
        json.WriteStartObject(setting.Name);
        json.WriteString("description", setting.Summary);
        switch (setting.Kind)
        {
            case SettingKind.Boolean:
                json.WriteString("type", "boolean");
                json.WriteBoolean("default", setting.Default == "true");
                break;
            case SettingKind.WholeNumber:
                json.WriteString("type", "integer");
                json.WriteNumber("minimum", setting.Minimum);
                json.WriteNumber("maximum", setting.Maximum);
                json.WriteNumber("default", int.Parse(setting.Default, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                break;
            case SettingKind.Number:
                json.WriteString("type", "number");
                json.WriteNumber("minimum", setting.Minimum);
                json.WriteNumber("maximum", setting.Maximum);
                json.WriteNumber("default", double.Parse(setting.Default, NumberStyles.Float, CultureInfo.InvariantCulture));
                break;
            case SettingKind.List:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                if (setting.AllowedValues.Count > 0)
                {
                    WriteStrings(json, "enum", setting.AllowedValues);
                }
                else
                {
                    json.WriteString("type", "string");
                }

                json.WriteEndObject();
                WriteStrings(json, "default", setting.Default.Split(',', StringSplitOptions.RemoveEmptyEntries));
                break;
            default:
                WriteStrings(json, "enum", setting.AllowedValues);
                json.WriteString("default", setting.Default);
                break;
        }

        json.WriteEndObject();
    }

    private static string PresetDescription()
    {
        var text = new StringBuilder("Start from this preset (the normalizers below change it):");
        foreach (string name in Presets.Names)
        {
            text.Append(' ').Append(name).Append(": ").Append(Presets.Describe(name));
        }

        return text.ToString();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
