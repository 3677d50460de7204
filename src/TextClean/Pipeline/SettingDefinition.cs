using System.Globalization;

namespace TextClean.Pipeline;

/// <summary>The kind of value a normalizer setting takes.</summary>
public enum SettingKind
{
    /// <summary>One of a fixed list of names (a policy).</summary>
    Choice,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number within a range.</summary>
    WholeNumber,

    /// <summary>A decimal number within a range (written with a dot: <c>0.3</c>).</summary>
    Number,

    /// <summary>A list of names, each one of the allowed values (stored comma-separated; a list in config files).</summary>
    List,
}

/// <summary>
/// One setting of a normalizer (its policy, or an option): the name used in code and config files, what it does, the
/// values it allows and its default. Settings are the single source of truth for validation, the JSON Schema and
/// <c>show-config</c>.
/// </summary>
public sealed class SettingDefinition
{
    private SettingDefinition(string name, string summary, SettingKind kind, string defaultValue, IReadOnlyList<string> allowed, double minimum, double maximum)
    {
        Name = name;
        Summary = summary;
        Kind = kind;
        Default = defaultValue;
        AllowedValues = allowed;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The setting's name, e.g. <c>policy</c>.</summary>
    public string Name { get; }

    /// <summary>One sentence on what the setting decides.</summary>
    public string Summary { get; }

    /// <summary>The kind of value.</summary>
    public SettingKind Kind { get; }

    /// <summary>The default value, as written in a config file.</summary>
    public string Default { get; }

    /// <summary>The allowed values of a <see cref="SettingKind.Choice"/> (<c>true</c>, <c>false</c> for a boolean; empty for an integer).</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    /// <summary>The smallest allowed value of a <see cref="SettingKind.WholeNumber"/> or <see cref="SettingKind.Number"/>.</summary>
    public double Minimum { get; }

    /// <summary>The largest allowed value of a <see cref="SettingKind.WholeNumber"/> or <see cref="SettingKind.Number"/>.</summary>
    public double Maximum { get; }

    /// <summary>Whether the value is a number (whole or decimal) within a range rather than a name.</summary>
    public bool IsNumeric => Kind is SettingKind.WholeNumber or SettingKind.Number;

    /// <summary>A setting that takes one of <paramref name="allowed"/>; the first is not implied to be the default.</summary>
    public static SettingDefinition Choice(string name, string summary, string defaultValue, params string[] allowed)
    {
        if (!allowed.Contains(defaultValue))
        {
            throw new ArgumentException($"default '{defaultValue}' is not one of the allowed values", nameof(defaultValue));
        }

        return new(name, summary, SettingKind.Choice, defaultValue, allowed, 0, 0);
    }

    /// <summary>A setting that is <c>true</c> or <c>false</c>.</summary>
    public static SettingDefinition Boolean(string name, string summary, bool defaultValue) =>
        new(name, summary, SettingKind.Boolean, defaultValue ? "true" : "false", ["true", "false"], 0, 0);

    /// <summary>A setting that takes a whole number in <c>[minimum, maximum]</c>.</summary>
    public static SettingDefinition WholeNumber(string name, string summary, int defaultValue, int minimum, int maximum) =>
        new(name, summary, SettingKind.WholeNumber, defaultValue.ToString(CultureInfo.InvariantCulture), [], minimum, maximum);

    /// <summary>A setting that takes a decimal number in <c>[minimum, maximum]</c>.</summary>
    public static SettingDefinition Number(string name, string summary, double defaultValue, double minimum, double maximum) =>
        new(name, summary, SettingKind.Number, defaultValue.ToString("R", CultureInfo.InvariantCulture), [], minimum, maximum);

    /// <summary>A setting that takes a list of names, each one of <paramref name="allowed"/> (any name when it is empty).</summary>
    public static SettingDefinition List(string name, string summary, IReadOnlyList<string> defaultValue, IReadOnlyList<string> allowed) =>
        new(name, summary, SettingKind.List, string.Join(',', defaultValue), allowed, 0, 0);

    /// <summary>The allowed values as text for an error message: "keep, mask", "an integer from 2 to 36", "a number from 0 to 1".</summary>
    public string DescribeAllowed() => Kind switch
    {
        SettingKind.WholeNumber => string.Create(CultureInfo.InvariantCulture, $"an integer from {Minimum} to {Maximum}"),
        SettingKind.Number => string.Create(CultureInfo.InvariantCulture, $"a number from {Minimum} to {Maximum}"),
        SettingKind.List when AllowedValues.Count == 0 => "a list of names",
        SettingKind.List => "a list of: " + string.Join(", ", AllowedValues),
        _ => string.Join(", ", AllowedValues),
    };

    /// <summary>Checks <paramref name="value"/>; returns null when it is allowed, or what is wrong with it.</summary>
    public string? Check(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Kind == SettingKind.WholeNumber)
        {
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number))
            {
                return $"'{value}' is not an integer";
            }

            return number < Minimum || number > Maximum
                ? string.Create(CultureInfo.InvariantCulture, $"{number} is out of range")
                : null;
        }

        if (Kind == SettingKind.Number)
        {
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || !double.IsFinite(number))
            {
                return $"'{value}' is not a number";
            }

            return number < Minimum || number > Maximum
                ? string.Create(CultureInfo.InvariantCulture, $"{number} is out of range")
                : null;
        }

        if (Kind == SettingKind.List)
        {
            return FirstDisallowed(value) is { } item ? $"'{item}' is not allowed" : null;
        }

        return AllowedValues.Contains(value) ? null : $"'{value}' is not allowed";
    }

    /// <summary>
    /// Checks <paramref name="values"/> against the <paramref name="settings"/> of <paramref name="owner"/> (a normalizer or a filter):
    /// unknown names and disallowed values, each error at <c>path.owner.setting</c> with the allowed values.
    /// </summary>
    public static IEnumerable<ConfigError> Validate(string owner, IReadOnlyList<SettingDefinition> settings, IEnumerable<KeyValuePair<string, string>> values, string path)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (key, value) in values)
        {
            string settingPath = $"{path}.{owner}.{key}";
            var setting = settings.FirstOrDefault(s => s.Name == key);
            if (setting is null)
            {
                var names = settings.Select(s => s.Name).ToArray();
                yield return new ConfigError(settingPath, $"unknown setting '{key}' for {owner}", names, DidYouMean.Suggest(key, names));
                continue;
            }

            if (setting.Check(value) is { } problem)
            {
                string message = setting.IsNumeric || setting.Kind == SettingKind.List
                    ? string.Create(CultureInfo.InvariantCulture, $"{key} of {owner} must be {setting.DescribeAllowed()}: {problem}")
                    : $"unknown {key} '{value}' for {owner}";
                string? suggestion = setting.IsNumeric ? null : DidYouMean.Suggest(setting.FirstDisallowed(value) ?? value, setting.AllowedValues);
                yield return new ConfigError(settingPath, message, setting.IsNumeric ? [setting.DescribeAllowed()] : setting.AllowedValues, suggestion);
            }
        }
    }

    // The first item of a list value that is not allowed (null when all are, or for other kinds).
    private string? FirstDisallowed(string value) =>
        Kind != SettingKind.List || AllowedValues.Count == 0
            ? null
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(item => !AllowedValues.Contains(item));
}
