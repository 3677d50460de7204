namespace TextClean.Pipeline;

/// <summary>
/// A normalizer as the pipeline knows it before it is built: its stable name (used in code, config files and reports),
/// what it does, where it runs, its settings, and how to create it from a resolved <see cref="NormalizerConfig"/>.
/// Register definitions in a <see cref="NormalizerRegistry"/> to add normalizers.
/// </summary>
public sealed class NormalizerDefinition
{
    private readonly Func<NormalizerConfig, Normalizer> _create;

    /// <summary>Creates a definition.</summary>
    /// <param name="name">Stable lower-case name, e.g. <c>numbers</c>.</param>
    /// <param name="summary">One sentence for learners.</param>
    /// <param name="order">Where the normalizer runs: character passes run in this order before the one token pass, and in
    /// the token pass the first normalizer (in this order) that rewrites a token decides it.</param>
    /// <param name="settings">The settings, policy first.</param>
    /// <param name="create">Creates the normalizer from a complete, valid config.</param>
    public NormalizerDefinition(string name, string summary, int order, IReadOnlyList<SettingDefinition> settings, Func<NormalizerConfig, Normalizer> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(create);
        Name = name;
        Summary = summary;
        Order = order;
        Settings = settings;
        _create = create;
    }

    /// <summary>The stable name.</summary>
    public string Name { get; }

    /// <summary>What the normalizer does, in one sentence.</summary>
    public string Summary { get; }

    /// <summary>Where it runs relative to the others (lower first).</summary>
    public int Order { get; }

    /// <summary>The settings, policy first.</summary>
    public IReadOnlyList<SettingDefinition> Settings { get; }

    /// <summary>The setting named <paramref name="name"/>, or null.</summary>
    public SettingDefinition? FindSetting(string name)
    {
        foreach (var setting in Settings)
        {
            if (setting.Name == name)
            {
                return setting;
            }
        }

        return null;
    }

    /// <summary>A config of this normalizer with every setting at its default.</summary>
    public NormalizerConfig DefaultConfig() => new(Name, Settings.Select(s => KeyValuePair.Create(s.Name, s.Default)));

    /// <summary>Creates the normalizer from a complete, valid config (see <see cref="PipelineConfig.Resolve"/>).</summary>
    public Normalizer Create(NormalizerConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return _create(config);
    }
}
