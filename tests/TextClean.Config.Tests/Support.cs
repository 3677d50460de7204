using TextClean.Pipeline;

namespace TextClean.Config.Tests;

internal static class Support
{
    /// <summary>The repository root (the folder with TextClean.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TextClean.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("TextClean.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static IReadOnlyList<ConfigError> Errors(string text, ConfigFormat format, string file = "pipeline.yaml", NormalizerRegistry? registry = null)
    {
        var e = Assert.Throws<ConfigException>(() => PipelineConfigFile.Parse(text, file, format, registry));
        Assert.NotEmpty(e.Errors);
        return e.Errors;
    }

    public static ConfigError Single(string text, ConfigFormat format, string file = "pipeline.yaml") => Assert.Single(Errors(text, format, file));

    public static void At(ConfigError error, string file, int line, int column)
    {
        Assert.NotNull(error.Location);
        Assert.Equal(new SourceLocation(file, line, column), error.Location!.Value);
    }
}
