using System.Globalization;
using System.Text;

namespace TextClean.Pipeline;

/// <summary>Where a config error is: a file, and a 1-based line and column in it.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column);

/// <summary>
/// One thing wrong with a pipeline config: where (<see cref="Path"/>, e.g. <c>normalizers[2].numbers.policy</c>, and
/// <see cref="Location"/> when it came from a file), what, the allowed values and a did-you-mean.
/// </summary>
/// <param name="Path">The path of the bad key or value in the config model.</param>
/// <param name="Message">What is wrong, e.g. <c>unknown policy 'maks' for numbers</c>.</param>
/// <param name="Allowed">What would be allowed there (empty when not a matter of choice).</param>
/// <param name="Suggestion">The closest allowed value, when one is close.</param>
public sealed record ConfigError(string Path, string Message, IReadOnlyList<string> Allowed, string? Suggestion)
{
    /// <summary>The file position, when the config was read from a file.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>
    /// The error as compilers print it: <c>pipeline.yaml(7,12): error: unknown policy 'maks' for numbers
    /// (normalizers[2].numbers.policy); allowed: keep, mask, shape, bucket, remove; did you mean 'mask'?</c>
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Location is { } at)
        {
            text.Append(CultureInfo.InvariantCulture, $"{at.File}({at.Line},{at.Column}): ");
        }

        text.Append("error: ").Append(Message);
        if (Path.Length > 0)
        {
            text.Append(" (").Append(Path).Append(')');
        }

        if (Allowed.Count > 0)
        {
            text.Append("; allowed: ").Append(string.Join(", ", Allowed));
        }

        if (Suggestion is not null)
        {
            text.Append("; did you mean '").Append(Suggestion).Append("'?");
        }

        return text.ToString();
    }
}

/// <summary>A config that cannot run; <see cref="Errors"/> lists every problem, not just the first.</summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    public ConfigException(IReadOnlyList<ConfigError> errors)
        : base(string.Join(Environment.NewLine, (errors ?? throw new ArgumentNullException(nameof(errors))).Select(e => e.ToString())))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message and no itemized errors.</summary>
    public ConfigException()
        : this([])
    {
    }

    /// <summary>Creates the exception with one error message.</summary>
    public ConfigException(string message)
        : this([new ConfigError(string.Empty, message, [], null)])
    {
    }

    /// <summary>Creates the exception with one error message and its cause.</summary>
    public ConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ConfigError(string.Empty, message, [], null)];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }
}
