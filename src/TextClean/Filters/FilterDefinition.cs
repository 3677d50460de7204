using TextClean.Pipeline;

namespace TextClean.Filters;

/// <summary>
/// A document filter as a job knows it before it is built: its stable name, what it does, its settings (the single source of
/// validation, the JSON Schema and reports) and how to create it from a resolved <see cref="FilterConfig"/>.
/// </summary>
public sealed class FilterDefinition
{
    private readonly Func<FilterConfig, DocumentFilter> _create;

    /// <summary>Creates a definition.</summary>
    public FilterDefinition(string name, string summary, IReadOnlyList<SettingDefinition> settings, Func<FilterConfig, DocumentFilter> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(create);
        Name = name;
        Summary = summary;
        Settings = settings;
        _create = create;
    }

    /// <summary>The stable name.</summary>
    public string Name { get; }

    /// <summary>What the filter does, in one sentence.</summary>
    public string Summary { get; }

    /// <summary>The settings.</summary>
    public IReadOnlyList<SettingDefinition> Settings { get; }

    /// <summary>The setting named <paramref name="name"/>, or null.</summary>
    public SettingDefinition? FindSetting(string name) => Settings.FirstOrDefault(s => s.Name == name);

    /// <summary><paramref name="config"/> with every setting it leaves out at its default.</summary>
    public FilterConfig Resolve(FilterConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new FilterConfig(Name, [.. Settings.Select(s => KeyValuePair.Create(s.Name, s.Default)), .. config.Settings]);
    }

    /// <summary>Creates the filter from a valid config (settings left out take their defaults).</summary>
    public DocumentFilter Create(FilterConfig config) => _create(Resolve(config));
}
