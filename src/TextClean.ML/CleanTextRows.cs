using Microsoft.ML.Data;

namespace TextClean.ML;

// The row types of the custom mapping inside CleanText. ML.NET recreates a custom mapping at load time from these types alone
// (no schema definition travels), so the column names are fixed here and CleanText copies the user's columns to and from them.

/// <summary>The input row of the CleanText mapping. Infrastructure for ML.NET's model loading; not meant to be used directly.</summary>
public sealed class CleanTextSource
{
    /// <summary>The fixed name of the text column the mapping reads.</summary>
    public const string TextColumn = "__TextClean_Text";

    /// <summary>The fixed name of the column that carries the pipeline config inside the model.</summary>
    public const string ConfigColumn = "__TextClean_Config";

    /// <summary>The text to clean.</summary>
    [ColumnName(TextColumn)]
    public ReadOnlyMemory<char> Text { get; set; }

    /// <summary>The pipeline config, as written by the model (the same on every row).</summary>
    [ColumnName(ConfigColumn)]
    public ReadOnlyMemory<char> Config { get; set; }
}

/// <summary>The output row of the CleanText mapping for <see cref="CleanTextOutput.Text"/>. Infrastructure for ML.NET's model
/// loading; not meant to be used directly.</summary>
public sealed class CleanTextTextRow
{
    /// <summary>The fixed name of the column the mapping writes.</summary>
    public const string OutputColumn = "__TextClean_Output";

    /// <summary>The cleaned text.</summary>
    [ColumnName(OutputColumn)]
    public string Cleaned { get; set; } = string.Empty;
}

/// <summary>The output row of the CleanText mapping for <see cref="CleanTextOutput.Tokens"/>. Infrastructure for ML.NET's model
/// loading; not meant to be used directly.</summary>
public sealed class CleanTextTokensRow
{
    /// <summary>The tokens of the cleaned text.</summary>
    [ColumnName(CleanTextTextRow.OutputColumn)]
    [VectorType]
#pragma warning disable CA1819 // ML.NET maps a vector-of-text column to an array property.
    public string[] Tokens { get; set; } = [];
#pragma warning restore CA1819
}
