using System.Globalization;

namespace TextClean.Filters;

/// <summary>One filter in a job config: its name and settings as written in a config file (<c>min_words: 50</c>). Immutable.</summary>
public sealed class FilterConfig
{
    private readonly KeyValuePair<string, string>[] _settings;

    /// <summary>Creates a config; later settings with the same name replace earlier ones.</summary>
    public FilterConfig(string name, IEnumerable<KeyValuePair<string, string>>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        var merged = new List<KeyValuePair<string, string>>();
        foreach (var pair in settings ?? [])
        {
            merged.RemoveAll(p => p.Key == pair.Key);
            merged.Add(pair);
        }

        _settings = [.. merged];
    }

    /// <summary>The filter's name.</summary>
    public string Name { get; }

    /// <summary>The settings in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings => _settings;

    /// <summary>The value of <paramref name="setting"/>, or null when it is not set.</summary>
    public string? this[string setting] => _settings.FirstOrDefault(p => p.Key == setting).Value;

    /// <summary>A copy with <paramref name="setting"/> set to <paramref name="value"/>.</summary>
    public FilterConfig With(string setting, string value) => new(Name, [.. _settings, KeyValuePair.Create(setting, value)]);

    /// <summary>The value of a setting that must be set (the config is resolved).</summary>
    public string Get(string setting) => this[setting] ?? throw new InvalidOperationException($"{Name}.{setting} is not set; resolve the config first");

    /// <summary>A whole-number setting.</summary>
    public int GetInteger(string setting) => int.Parse(Get(setting), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>A decimal setting.</summary>
    public double GetNumber(string setting) => double.Parse(Get(setting), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A boolean setting.</summary>
    public bool GetBoolean(string setting) => Get(setting) == "true";

    /// <summary>A list setting.</summary>
    public IReadOnlyList<string> GetList(string setting) => Get(setting).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <inheritdoc/>
    public override string ToString() => Settings.Count == 0 ? Name : $"{Name}({string.Join(", ", Settings.Select(s => $"{s.Key}={s.Value}"))})";
}
