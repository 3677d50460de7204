using System.CommandLine;
using TextClean.Config;
using TextClean.Pipeline;

namespace TextClean.Cli.Commands;

/// <summary>The options that choose a pipeline (<c>--config</c>, <c>--preset</c>, <c>--set</c>), shared by clean, explain and show-config.</summary>
internal sealed class PipelineOptions
{
    public Option<string?> Config { get; } = new("--config", "-c")
    {
        Description = "A pipeline config file (.yaml, .yml or .json); see 'textclean show-config' for the format.",
    };

    public Option<string?> Preset { get; } = new("--preset", "-p")
    {
        Description = $"A named preset: {string.Join(", ", Presets.Names)} (default: {Presets.DefaultName}, when no --config is given).",
    };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Override one setting, e.g. --set numbers.policy=bucket (repeatable); a normalizer that is not in the pipeline is added.",
        AllowMultipleArgumentsPerToken = false,
    };

    public IEnumerable<Option> All => [Config, Preset, Set];

    /// <summary>The pipeline config the options describe, resolved; config errors become a <see cref="ConfigException"/>.</summary>
    public PipelineConfig Resolve(ParseResult parse)
    {
        string? file = parse.GetValue(Config);
        string? preset = parse.GetValue(Preset);
        if (file is not null && preset is not null)
        {
            throw new UsageException("give --config or --preset, not both (a config file can start from a preset with 'preset: NAME')");
        }

        var config = file is not null ? Load(file) : Presets.Get(preset ?? Presets.DefaultName);
        var errors = new List<ConfigError>();
        foreach (var assignment in parse.GetValue(Set) ?? [])
        {
            int dot = assignment.IndexOf('.', StringComparison.Ordinal);
            int equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (dot <= 0 || equals < dot + 2 || equals == assignment.Length - 1)
            {
                errors.Add(new ConfigError($"--set {assignment}", "expected NORMALIZER.SETTING=VALUE, e.g. numbers.policy=bucket", [], null));
                continue;
            }

            config = config.With(assignment[..dot], assignment[(dot + 1)..equals], assignment[(equals + 1)..]);
        }

        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }

        return config.Resolve();
    }

    // A missing config file is a usage error (exit 2), unlike a missing input file (exit 1).
    private static PipelineConfig Load(string file)
    {
        try
        {
            return PipelineConfigFile.Load(file);
        }
        catch (FileNotFoundException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
