using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using TextClean.Pipeline;

namespace TextClean.ML;

/// <summary>
/// Applies a <see cref="TextPipeline"/> to a text column; made by <see cref="TextCleanCatalog"/>. It needs no training: fitting
/// only checks the input column. The fitted transformer is a chain of ML.NET's own saveable transforms around one custom mapping,
/// so a model that contains it can be saved with <c>mlContext.Model.Save</c> and loaded with <c>mlContext.Model.Load</c>; the
/// pipeline config is saved inside the model (see <see cref="TextCleanCatalog"/> for what round-trips).
/// </summary>
public sealed class CleanTextEstimator : IEstimator<ITransformer>
{
    private readonly string _inputColumnName;
    private readonly EstimatorChain<ColumnSelectingTransformer> _chain;

    internal CleanTextEstimator(string outputColumnName, string inputColumnName, TextPipeline pipeline, CleanTextOutput output)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputColumnName);
        ArgumentException.ThrowIfNullOrEmpty(inputColumnName);
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!Enum.IsDefined(output))
        {
            throw new ArgumentOutOfRangeException(nameof(output), output, "unknown CleanTextOutput");
        }

        _inputColumnName = inputColumnName;
        Pipeline = pipeline;
        Output = output;

        // ML.NET offers extension authors no public way to reach the environment behind a catalog, so the building blocks come
        // from a context of their own. Only logging and cancellation are tied to it; a loaded model uses the loading context.
        var ml = new MLContext();
        string config = ModelConfig.Encode(pipeline);
        IEstimator<ITransformer> mapping = output == CleanTextOutput.Tokens
            ? ml.Transforms.CustomMapping<CleanTextSource, CleanTextTokensRow>(CleanTokensFactory.Map, CleanTokensFactory.Contract)
            : ml.Transforms.CustomMapping<CleanTextSource, CleanTextTextRow>(CleanTextFactory.Map, CleanTextFactory.Contract);

        // A loaded custom mapping knows only the fixed column names of its row types, so the user's columns are copied to and
        // from them. The config is a string constant of an expression transform: it is saved with the model, and the mapping
        // reads it from its row.
        _chain = ml.Transforms.CopyColumns(CleanTextSource.TextColumn, inputColumnName)
            .Append(ml.Transforms.Expression(CleanTextSource.ConfigColumn, $"text => \"{config}\"", CleanTextSource.TextColumn))
            .Append(mapping)
            .Append(ml.Transforms.CopyColumns(outputColumnName, CleanTextTextRow.OutputColumn))
            .Append(ml.Transforms.DropColumns(CleanTextSource.TextColumn, CleanTextSource.ConfigColumn, CleanTextTextRow.OutputColumn));
    }

    /// <summary>The pipeline applied to the column.</summary>
    public TextPipeline Pipeline { get; }

    /// <summary>What the output column holds.</summary>
    public CleanTextOutput Output { get; }

    /// <summary>Checks the input column and returns the transformer (fitting learns nothing).</summary>
    /// <exception cref="ArgumentException">The input column is missing or is not a text column.</exception>
    public ITransformer Fit(IDataView input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var column = input.Schema.GetColumnOrNull(_inputColumnName);
        if (column is null)
        {
            throw MissingColumn(input.Schema.Select(c => c.Name), nameof(input));
        }

        if (column.Value.Type is not TextDataViewType)
        {
            throw WrongType(column.Value.Type.RawType.Name, nameof(input));
        }

        return _chain.Fit(input);
    }

    /// <summary>The schema after the transform: the input's columns and the output column.</summary>
    /// <exception cref="ArgumentException">The input column is missing or is not a text column.</exception>
    public SchemaShape GetOutputSchema(SchemaShape inputSchema)
    {
        ArgumentNullException.ThrowIfNull(inputSchema);
        var matches = inputSchema.Where(c => c.Name == _inputColumnName).ToList();
        if (matches.Count == 0)
        {
            throw MissingColumn(inputSchema.Select(c => c.Name), nameof(inputSchema));
        }

        var column = matches[^1];
        if (column.Kind != SchemaShape.Column.VectorKind.Scalar || column.ItemType is not TextDataViewType)
        {
            throw WrongType(column.Kind == SchemaShape.Column.VectorKind.Scalar ? column.ItemType.RawType.Name : $"a vector of {column.ItemType.RawType.Name}", nameof(inputSchema));
        }

        return _chain.GetOutputSchema(inputSchema);
    }

    private ArgumentException MissingColumn(IEnumerable<string> columns, string paramName) =>
        new($"CleanText: the input column '{_inputColumnName}' is not in the data. Its columns are: {string.Join(", ", columns.Select(c => $"'{c}'"))}.", paramName);

    private ArgumentException WrongType(string type, string paramName) =>
        new($"CleanText: the input column '{_inputColumnName}' is {type}; CleanText needs a text (String) column.", paramName);
}
