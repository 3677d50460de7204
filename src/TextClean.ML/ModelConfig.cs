using System.Collections.Concurrent;
using System.Text;
using TextClean.Config;
using TextClean.Pipeline;

namespace TextClean.ML;

/// <summary>
/// How a pipeline config travels inside a saved model: as the JSON config file (<see cref="PipelineConfigFile.Write"/>) in
/// base64, a string constant of the model's own expression transform. The mapping reads it back from its row and keeps one
/// built pipeline per distinct config.
/// </summary>
internal static class ModelConfig
{
    private static readonly ConcurrentDictionary<string, TextPipeline> Pipelines = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, TextPipeline>.AlternateLookup<ReadOnlySpan<char>> PipelinesBySpan =
        Pipelines.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string that stands for <paramref name="pipeline"/> in a model.</summary>
    /// <exception cref="NotSupportedException">The pipeline uses normalizers that are not built in, which a loaded model could not rebuild.</exception>
    public static string Encode(TextPipeline pipeline)
    {
        string json;
        try
        {
            json = PipelineConfigFile.Write(pipeline.Config, ConfigFormat.Json);
            PipelineConfigFile.Parse(json, "CleanText", ConfigFormat.Json);
        }
        catch (ConfigException e)
        {
            throw new NotSupportedException(
                "CleanText stores the pipeline's config in the model, and a loaded model rebuilds it from the built-in normalizers; " +
                "this pipeline uses normalizers that are not built in: " + e.Message, e);
        }

        string encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
        Pipelines.TryAdd(encoded, pipeline);
        return encoded;
    }

    /// <summary>Forgets the pipelines built so far, so the next <see cref="Decode"/> of each config rebuilds it from the config
    /// string (for tests that check a loaded model needs nothing but its own content).</summary>
    internal static void Forget() => Pipelines.Clear();

    /// <summary>The pipeline that <paramref name="encoded"/> (from <see cref="Encode"/>) stands for; built once per config.</summary>
    public static TextPipeline Decode(ReadOnlySpan<char> encoded)
    {
        if (PipelinesBySpan.TryGetValue(encoded, out var pipeline))
        {
            return pipeline;
        }

        string key = encoded.ToString();
        return Pipelines.GetOrAdd(key, static k =>
        {
            string json = Encoding.UTF8.GetString(Convert.FromBase64String(k));
            return TextPipeline.Create(PipelineConfigFile.Parse(json, "the config saved in the model", ConfigFormat.Json));
        });
    }
}
