using System.Globalization;
using System.Text;

namespace TextClean.Pipeline;

/// <summary>
/// One normalizer in a pipeline config: its name and settings as written in a config file (<c>policy: mask</c>).
/// Code and config files build the same model: the builder's typed methods write these strings. Immutable.
/// </summary>
public sealed class NormalizerConfig : IEquatable<NormalizerConfig>
{
    private readonly KeyValuePair<string, string>[] _settings;

    /// <summary>Creates a config; later settings with the same name replace earlier ones.</summary>
    public NormalizerConfig(string name, IEnumerable<KeyValuePair<string, string>>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        var list = new List<KeyValuePair<string, string>>();
        foreach (var pair in settings ?? [])
        {
            int existing = list.FindIndex(p => p.Key == pair.Key);
            if (existing >= 0)
            {
                list[existing] = pair;
            }
            else
            {
                list.Add(pair);
            }
        }

        _settings = [.. list];
    }

    /// <summary>The normalizer's name.</summary>
    public string Name { get; }

    /// <summary>The settings in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings => _settings;

    /// <summary>The value of <paramref name="setting"/>, or null when it is not set.</summary>
    public string? this[string setting]
    {
        get
        {
            foreach (var pair in _settings)
            {
                if (pair.Key == setting)
                {
                    return pair.Value;
                }
            }

            return null;
        }
    }

    /// <summary>A copy with <paramref name="setting"/> set to <paramref name="value"/>.</summary>
    public NormalizerConfig With(string setting, string value) => new(Name, [.. _settings, KeyValuePair.Create(setting, value)]);

    /// <summary>A copy with the settings of <paramref name="overrides"/> applied on top of these.</summary>
    public NormalizerConfig With(NormalizerConfig overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        return new(Name, [.. _settings, .. overrides._settings]);
    }

    /// <summary>The value of a setting that must be present (a resolved config has them all).</summary>
    /// <exception cref="InvalidOperationException">The setting is missing.</exception>
    public string Get(string setting) => this[setting] ?? throw new InvalidOperationException($"{Name}.{setting} is not set; resolve the config first");

    /// <summary>A choice setting as an enum value: <c>to_emoji</c> reads as <c>ToEmoji</c>.</summary>
    public T GetEnum<T>(string setting)
        where T : struct, Enum
    {
        string value = Get(setting);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (ConfigNames.Of(candidate) == value)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"{Name}.{setting}: '{value}' is not a {typeof(T).Name}");
    }

    /// <summary>A boolean setting.</summary>
    public bool GetBoolean(string setting) => Get(setting) == "true";

    /// <summary>An integer setting.</summary>
    public int GetInteger(string setting) => int.Parse(Get(setting), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(NormalizerConfig? other) =>
        other is not null && Name == other.Name && _settings.AsSpan().SequenceEqual(other._settings);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NormalizerConfig);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name);
        foreach (var pair in _settings)
        {
            hash.Add(pair.Key);
            hash.Add(pair.Value);
        }

        return hash.ToHashCode();
    }

    /// <summary>The config as one line: <c>numbers(policy: mask, phones: mask)</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Name).Append('(');
        for (int i = 0; i < _settings.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(_settings[i].Key).Append(": ").Append(_settings[i].Value);
        }

        return text.Append(')').ToString();
    }
}
