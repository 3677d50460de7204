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
}

/// <summary>
/// One setting of a normalizer (its policy, or an option): the name used in code and config files, what it does, the
/// values it allows and its default. Settings are the single source of truth for validation, the JSON Schema and
/// <c>show-config</c>.
/// </summary>
public sealed class SettingDefinition
{
    private SettingDefinition(string name, string summary, SettingKind kind, string defaultValue, IReadOnlyList<string> allowed, int minimum, int maximum)
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

    /// <summary>The smallest allowed value of an <see cref="SettingKind.WholeNumber"/>.</summary>
    public int Minimum { get; }

    /// <summary>The largest allowed value of an <see cref="SettingKind.WholeNumber"/>.</summary>
    public int Maximum { get; }

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

    /// <summary>The allowed values as text for an error message: "keep, mask" or "an integer from 2 to 36".</summary>
    public string DescribeAllowed() => Kind == SettingKind.WholeNumber
        ? string.Create(CultureInfo.InvariantCulture, $"an integer from {Minimum} to {Maximum}")
        : string.Join(", ", AllowedValues);

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

        return AllowedValues.Contains(value) ? null : $"'{value}' is not allowed";
    }
}
