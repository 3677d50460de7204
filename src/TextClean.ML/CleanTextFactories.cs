using Microsoft.ML.Transforms;
using TextClean.Tokenization;

namespace TextClean.ML;

/// <summary>
/// Recreates the CleanText mapping (<see cref="CleanTextOutput.Text"/>) when ML.NET loads a model. Infrastructure for
/// <c>mlContext.Model.Load</c>; not meant to be used directly. The pipeline config is not part of this factory: it comes with
/// each row, from the model (see <see cref="TextCleanCatalog"/>).
/// </summary>
[CustomMappingFactoryAttribute(Contract)]
public sealed class CleanTextFactory : CustomMappingFactory<CleanTextSource, CleanTextTextRow>
{
    /// <summary>The contract name saved in models.</summary>
    public const string Contract = "TextClean.CleanText.Text.v1";

    /// <inheritdoc/>
    public override Action<CleanTextSource, CleanTextTextRow> GetMapping() => Map;

    internal static void Map(CleanTextSource source, CleanTextTextRow row) =>
        row.Cleaned = ModelConfig.Decode(source.Config.Span).Clean(source.Text.ToString());
}

/// <summary>
/// Recreates the CleanText mapping (<see cref="CleanTextOutput.Tokens"/>) when ML.NET loads a model. Infrastructure for
/// <c>mlContext.Model.Load</c>; not meant to be used directly.
/// </summary>
[CustomMappingFactoryAttribute(Contract)]
public sealed class CleanTokensFactory : CustomMappingFactory<CleanTextSource, CleanTextTokensRow>
{
    /// <summary>The contract name saved in models.</summary>
    public const string Contract = "TextClean.CleanText.Tokens.v1";

    /// <inheritdoc/>
    public override Action<CleanTextSource, CleanTextTokensRow> GetMapping() => Map;

    internal static void Map(CleanTextSource source, CleanTextTokensRow row)
    {
        string cleaned = ModelConfig.Decode(source.Config.Span).Clean(source.Text.ToString());
        var tokens = Tokenizer.Default.TokenizeToList(cleaned);
        var strings = new string[tokens.Count];
        for (int i = 0; i < strings.Length; i++)
        {
            strings[i] = tokens[i].GetString(cleaned);
        }

        row.Tokens = strings;
    }
}
