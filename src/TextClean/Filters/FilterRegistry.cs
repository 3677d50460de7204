using System.Diagnostics.CodeAnalysis;
using TextClean.Pipeline;

namespace TextClean.Filters;

/// <summary>The document filters a job can use, by name; <see cref="Default"/> holds the built-in ones.</summary>
public sealed class FilterRegistry
{
    private readonly FilterDefinition[] _definitions;

    /// <summary>Creates a registry of <paramref name="definitions"/> (names must be unique).</summary>
    public FilterRegistry(IEnumerable<FilterDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        _definitions = [.. definitions];
        if (_definitions.GroupBy(d => d.Name).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new ArgumentException($"filter '{duplicate.Key}' is registered twice", nameof(definitions));
        }
    }

    /// <summary>The built-in filters: length, quality, repetition, language.</summary>
    public static FilterRegistry Default { get; } = new(BuiltInFilters.All);

    /// <summary>The definitions.</summary>
    public IReadOnlyList<FilterDefinition> Definitions => _definitions;

    /// <summary>The names.</summary>
    public IEnumerable<string> Names => _definitions.Select(d => d.Name);

    /// <summary>Finds a definition by name.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out FilterDefinition? definition)
    {
        definition = _definitions.FirstOrDefault(d => d.Name == name);
        return definition is not null;
    }

    /// <summary>Checks one filter's config: its name and every setting; errors extend <paramref name="path"/>.</summary>
    public IEnumerable<ConfigError> Validate(FilterConfig config, string path)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!TryGet(config.Name, out var definition))
        {
            return [new ConfigError(path, $"unknown filter '{config.Name}'", [.. Names], DidYouMean.Suggest(config.Name, Names))];
        }

        return SettingDefinition.Validate(config.Name, definition.Settings, config.Settings, path);
    }

    /// <summary>Creates the filter <paramref name="config"/> describes.</summary>
    /// <exception cref="ConfigException">The config is not valid.</exception>
    public DocumentFilter Create(FilterConfig config)
    {
        var errors = Validate(config, "filters").ToList();
        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }

        TryGet(config.Name, out var definition);
        return definition!.Create(config);
    }
}
