using System.Text;

namespace TextClean.Pipeline;

/// <summary>
/// What a pipeline does: the normalizers it uses and their settings, as plain names and values. The builder, presets and
/// config files (YAML or JSON) all produce this one model, and <see cref="TextPipeline.Config"/> gives it back resolved,
/// so a config round-trips. Immutable.
/// </summary>
public sealed class PipelineConfig : IEquatable<PipelineConfig>
{
    private readonly NormalizerConfig[] _normalizers;

    /// <summary>Creates a config from normalizer configs (any order; settings not given take their defaults).</summary>
    public PipelineConfig(IEnumerable<NormalizerConfig> normalizers)
    {
        ArgumentNullException.ThrowIfNull(normalizers);
        _normalizers = [.. normalizers];
    }

    /// <summary>A config that does nothing.</summary>
    public static PipelineConfig Empty { get; } = new([]);

    /// <summary>The normalizers, as given (after <see cref="Resolve"/>: in the order they run, with every setting).</summary>
    public IReadOnlyList<NormalizerConfig> Normalizers => _normalizers;

    /// <summary>The config of <paramref name="name"/>, or null when the pipeline does not use it.</summary>
    public NormalizerConfig? Find(string name) => _normalizers.FirstOrDefault(n => n.Name == name);

    /// <summary>
    /// A copy where <paramref name="normalizer"/>'s <paramref name="setting"/> is <paramref name="value"/>; the normalizer is
    /// added when the config does not use it yet.
    /// </summary>
    public PipelineConfig With(string normalizer, string setting, string value) =>
        With(new NormalizerConfig(normalizer, [KeyValuePair.Create(setting, value)]));

    /// <summary>A copy with <paramref name="overrides"/>' settings applied to the normalizer of that name (added if absent).</summary>
    public PipelineConfig With(NormalizerConfig overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        int index = Array.FindIndex(_normalizers, n => n.Name == overrides.Name);
        if (index < 0)
        {
            return new([.. _normalizers, overrides]);
        }

        var copy = (NormalizerConfig[])_normalizers.Clone();
        copy[index] = copy[index].With(overrides);
        return new(copy);
    }

    /// <summary>A copy without <paramref name="normalizer"/>.</summary>
    public PipelineConfig Without(string normalizer) => new(_normalizers.Where(n => n.Name != normalizer));

    /// <summary>Every problem with this config: unknown normalizers and settings, bad values, normalizers listed twice.</summary>
    public IReadOnlyList<ConfigError> Validate(NormalizerRegistry? registry = null)
    {
        registry ??= NormalizerRegistry.Default;
        var errors = new List<ConfigError>();
        for (int i = 0; i < _normalizers.Length; i++)
        {
            string path = $"normalizers[{i}]";
            int first = Array.FindIndex(_normalizers, n => n.Name == _normalizers[i].Name);
            if (first < i)
            {
                errors.Add(new ConfigError(path, $"normalizer '{_normalizers[i].Name}' is listed twice (first at normalizers[{first}]); merge the two entries", [], null));
                continue;
            }

            errors.AddRange(registry.Validate(_normalizers[i], path));
        }

        return errors;
    }

    /// <summary>The config ready to build: validated, in the order the normalizers run, every setting given.</summary>
    /// <exception cref="ConfigException">The config has errors (all of them are listed).</exception>
    public PipelineConfig Resolve(NormalizerRegistry? registry = null)
    {
        registry ??= NormalizerRegistry.Default;
        var errors = Validate(registry);
        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }

        var resolved = new List<NormalizerConfig>();
        foreach (var definition in registry.Definitions)
        {
            if (Find(definition.Name) is { } given)
            {
                resolved.Add(definition.DefaultConfig().With(given));
            }
        }

        return new(resolved);
    }

    /// <inheritdoc/>
    public bool Equals(PipelineConfig? other) => other is not null && _normalizers.AsSpan().SequenceEqual(other._normalizers);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PipelineConfig);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var normalizer in _normalizers)
        {
            hash.Add(normalizer);
        }

        return hash.ToHashCode();
    }

    /// <summary>One normalizer per line.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var normalizer in _normalizers)
        {
            text.AppendLine(normalizer.ToString());
        }

        return text.ToString();
    }
}
