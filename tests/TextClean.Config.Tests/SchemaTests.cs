using System.Text.Json;
using TextClean.Pipeline;

namespace TextClean.Config.Tests;

public class SchemaTests
{
    private static JsonElement Items(JsonDocument schema) =>
        schema.RootElement.GetProperty("properties").GetProperty("normalizers").GetProperty("items").GetProperty("oneOf");

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void Committed_schema_is_current()
    {
        string path = Path.Combine(Support.RepoRoot, "schemas", "textclean.schema.json");
        if (Environment.GetEnvironmentVariable("TEXTCLEAN_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, ConfigSchema.Generate());
        }

        string committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(
            committed == ConfigSchema.Generate(),
            "schemas/textclean.schema.json is stale; regenerate it: TEXTCLEAN_UPDATE_SCHEMA=1 dotnet test tests/TextClean.Config.Tests --filter Committed_schema_is_current");
    }

    [Fact]
    public void Committed_job_schema_is_current_and_lists_every_filter_setting()
    {
        string path = Path.Combine(Support.RepoRoot, "schemas", "textclean-job.schema.json");
        if (Environment.GetEnvironmentVariable("TEXTCLEAN_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, ConfigSchema.GenerateJob());
        }

        Assert.True(
            File.ReadAllText(path).ReplaceLineEndings("\n") == ConfigSchema.GenerateJob(),
            "schemas/textclean-job.schema.json is stale; regenerate it: TEXTCLEAN_UPDATE_SCHEMA=1 dotnet test tests/TextClean.Config.Tests --filter Committed");
        using var schema = JsonDocument.Parse(ConfigSchema.GenerateJob());
        var stages = schema.RootElement.GetProperty("properties").GetProperty("stages").GetProperty("items").GetProperty("oneOf").EnumerateArray().ToArray();
        foreach (var filter in TextClean.Filters.FilterRegistry.Default.Definitions)
        {
            var stage = Assert.Single(stages, s => s.TryGetProperty("title", out var t) && t.GetString() == filter.Name);
            var settings = stage.GetProperty("properties").GetProperty(filter.Name).GetProperty("properties");
            Assert.Equal(filter.Settings.Select(s => s.Name), settings.EnumerateObject().Select(p => p.Name));
        }

        var pipeline = Assert.Single(stages, s => s.TryGetProperty("title", out var t) && t.GetString() == "pipeline");
        Assert.Equal("textclean.schema.json", pipeline.GetProperty("properties").GetProperty("pipeline").GetProperty("oneOf")[0].GetProperty("$ref").GetString());
    }

    [Fact]
    public void Schema_is_valid_json_of_draft_2020_12()
    {
        using var schema = JsonDocument.Parse(ConfigSchema.Generate());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(Presets.Names, Strings(schema.RootElement.GetProperty("properties").GetProperty("preset").GetProperty("enum")));
        Assert.Equal("array", schema.RootElement.GetProperty("properties").GetProperty("normalizers").GetProperty("type").GetString());
    }

    [Fact]
    public void Schema_lists_every_normalizer_and_every_settings_allowed_values()
    {
        using var schema = JsonDocument.Parse(ConfigSchema.Generate());
        var items = Items(schema).EnumerateArray().ToArray();
        Assert.Equal(NormalizerRegistry.Default.Names, Strings(items[0].GetProperty("enum")));
        Assert.Equal(NormalizerRegistry.Default.Definitions.Count + 1, items.Length);
        foreach (var definition in NormalizerRegistry.Default.Definitions)
        {
            var item = Assert.Single(items, i => i.TryGetProperty("title", out var t) && t.GetString() == definition.Name);
            Assert.Equal(definition.Summary, item.GetProperty("description").GetString());
            Assert.Equal([definition.Name], Strings(item.GetProperty("required")));
            Assert.False(item.GetProperty("additionalProperties").GetBoolean());
            var settingsMap = item.GetProperty("properties").GetProperty(definition.Name).GetProperty("oneOf")[0];
            Assert.False(settingsMap.GetProperty("additionalProperties").GetBoolean());
            var properties = settingsMap.GetProperty("properties");
            Assert.Equal(definition.Settings.Select(s => s.Name), properties.EnumerateObject().Select(p => p.Name));
            foreach (var setting in definition.Settings)
            {
                var property = properties.GetProperty(setting.Name);
                Assert.Equal(setting.Summary, property.GetProperty("description").GetString());
                switch (setting.Kind)
                {
                    case SettingKind.Choice:
                        Assert.Equal(setting.AllowedValues, Strings(property.GetProperty("enum")));
                        Assert.Equal(setting.Default, property.GetProperty("default").GetString());
                        break;
                    case SettingKind.WholeNumber:
                        Assert.Equal("integer", property.GetProperty("type").GetString());
                        Assert.Equal(setting.Minimum, property.GetProperty("minimum").GetInt32());
                        Assert.Equal(setting.Maximum, property.GetProperty("maximum").GetInt32());
                        break;
                    default:
                        Assert.Equal("boolean", property.GetProperty("type").GetString());
                        break;
                }
            }
        }
    }

    [Fact]
    public void Schema_follows_the_registry()
    {
        var registry = NormalizerRegistry.Default.With(new NormalizerDefinition(
            "shout", "Makes text loud.", 9000, [SettingDefinition.Boolean("loud", "Loud or not.", true)], _ => throw new NotSupportedException()));
        using var schema = JsonDocument.Parse(ConfigSchema.Generate(registry));
        var item = Assert.Single(Items(schema).EnumerateArray(), i => i.TryGetProperty("title", out var t) && t.GetString() == "shout");
        var loud = item.GetProperty("properties").GetProperty("shout").GetProperty("oneOf")[0].GetProperty("properties").GetProperty("loud");
        Assert.Equal("boolean", loud.GetProperty("type").GetString());
        Assert.True(loud.GetProperty("default").GetBoolean());
        Assert.DoesNotContain("\"shout\"", ConfigSchema.Generate(), StringComparison.Ordinal);
    }

    [Fact]
    public void Removal_and_defaults_forms_are_in_the_schema()
    {
        using var schema = JsonDocument.Parse(ConfigSchema.Generate());
        var forms = Items(schema)[1].GetProperty("properties").GetProperty("html").GetProperty("oneOf");
        Assert.Equal(3, forms.GetArrayLength());
        var off = forms[1].GetProperty("enum");
        Assert.Equal("off", off[0].GetString());
        Assert.False(off[1].GetBoolean());
        Assert.Equal("null", forms[2].GetProperty("type").GetString());
    }
}
