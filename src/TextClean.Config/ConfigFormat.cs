namespace TextClean.Config;

/// <summary>The syntax of a pipeline config file. Both hold the same structure.</summary>
public enum ConfigFormat
{
    /// <summary>YAML (<c>.yaml</c>, <c>.yml</c>).</summary>
    Yaml,

    /// <summary>JSON (<c>.json</c>); comments and trailing commas are accepted when reading.</summary>
    Json,
}
