using System.Diagnostics.CodeAnalysis;

namespace TextClean.Pipeline;

/// <summary>
/// The normalizers a pipeline can use, by name. <see cref="Default"/> holds the built-in ones; <see cref="With"/> adds
/// your own. Validation, presets, the JSON Schema and reports all read this registry, so a registered normalizer
/// appears everywhere without further changes.
/// </summary>
public sealed class NormalizerRegistry
{
    private readonly NormalizerDefinition[] _definitions;

    /// <summary>Creates a registry of <paramref name="definitions"/> (names must be unique).</summary>
    public NormalizerRegistry(IEnumerable<NormalizerDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        _definitions = [.. definitions.OrderBy(d => d.Order)];
        var duplicate = _definitions.GroupBy(d => d.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"normalizer '{duplicate.Key}' is registered twice", nameof(definitions));
        }
    }

    /// <summary>The built-in normalizers.</summary>
    public static NormalizerRegistry Default { get; } = new(BuiltInNormalizers.All);

    /// <summary>The definitions in the order they run.</summary>
    public IReadOnlyList<NormalizerDefinition> Definitions => _definitions;

    /// <summary>The names in the order they run.</summary>
    public IEnumerable<string> Names => _definitions.Select(d => d.Name);

    /// <summary>A registry with one more definition.</summary>
    public NormalizerRegistry With(NormalizerDefinition definition) => new([.. _definitions, definition]);

    /// <summary>Finds a definition by name.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out NormalizerDefinition? definition)
    {
        definition = _definitions.FirstOrDefault(d => d.Name == name);
        return definition is not null;
    }

    /// <summary>
    /// Checks one normalizer's config: its name and every setting. <paramref name="path"/> is where it sits
    /// (<c>normalizers[2]</c>); the errors extend it (<c>normalizers[2].numbers.policy</c>).
    /// </summary>
    public IEnumerable<ConfigError> Validate(NormalizerConfig config, string path)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!TryGet(config.Name, out var definition))
        {
            yield return new ConfigError(path, $"unknown normalizer '{config.Name}'", [.. Names], DidYouMean.Suggest(config.Name, Names));
            yield break;
        }

        foreach (var error in SettingDefinition.Validate(config.Name, definition.Settings, config.Settings, path))
        {
            yield return error;
        }
    }
}
