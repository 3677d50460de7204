using System.CommandLine;
using TextClean.Config;

namespace TextClean.Cli.Commands;

/// <summary><c>textclean show-config</c>: the resolved pipeline config in config-file form; loading it back gives the same pipeline.</summary>
internal static class ShowConfigCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "yaml or json.",
            DefaultValueFactory = _ => "yaml",
        };
        format.AcceptOnlyFromAmong("yaml", "json");
        var schema = new Option<bool>("--schema") { Description = "Print the JSON Schema of config files instead (for editors)." };
        var pipelineOptions = new PipelineOptions();
        var command = new Command("show-config", "Print the resolved config of a preset or config file (every normalizer, every setting, allowed values as comments), ready to copy into a file.")
        {
            format, schema,
        };
        foreach (var option in pipelineOptions.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => CommandRunner.Run(parse, _ =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(schema))
            {
                output.Write(ConfigSchema.Generate());
                return;
            }

            var config = pipelineOptions.Resolve(parse);
            output.Write(PipelineConfigFile.Write(config, parse.GetValue(format) == "json" ? ConfigFormat.Json : ConfigFormat.Yaml));
        }));
        return command;
    }
}
