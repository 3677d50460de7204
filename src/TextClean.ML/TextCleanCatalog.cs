using Microsoft.ML;
using TextClean.Config;
using TextClean.Pipeline;

namespace TextClean.ML;

/// <summary>
/// <c>mlContext.Transforms.Text.CleanText(...)</c>: a TextClean pipeline on a text column, as cleaned text or as tokens.
/// </summary>
/// <remarks>
/// <para>
/// <b>Recommended chain.</b> Let TextClean clean and tokenize, and let ML.NET only count: ask for
/// <see cref="CleanTextOutput.Tokens"/> and feed them to <c>ProduceWordBags</c> (or to <c>MapValueToKey</c> and
/// <c>ProduceNgrams</c>). If you use <c>FeaturizeText</c> on the <see cref="CleanTextOutput.Text"/> output instead, turn its own
/// normalization off (<c>CaseMode = None</c>, <c>KeepDiacritics</c>, <c>KeepPunctuations</c> and <c>KeepNumbers</c> true) so the
/// text is not cleaned twice. It then splits on spaces only, so a word and the punctuation that touches it (<c>now!</c>) make one
/// term, where the <see cref="CleanTextOutput.Tokens"/> output has two, as TextClean tokenizes.
/// </para>
/// <para>
/// <b>Save and load.</b> The pipeline config is saved inside the model (as the JSON config file, a string constant of an
/// expression transform in the chain), so any config made of built-in normalizers round-trips: presets, config files (the file is
/// not needed at load time), configs built in code. <c>mlContext.Model.Load</c> finds this assembly's mapping factories by
/// itself (ML.NET 5 saves the name of the factory's assembly and loads it by that name); call
/// <see cref="TextCleanModel.RegisterTextClean"/> on the loading context to make that explicit, and when this assembly cannot be
/// loaded by name (a plug-in load context). A pipeline with normalizers that are not built in cannot be saved, so CleanText
/// refuses it when it is created (<see cref="NotSupportedException"/>). The model stores the config, not TextClean's code: a
/// model loaded with a newer TextClean cleans the way that version cleans.
/// </para>
/// <para>
/// <b>Training.</b> CleanText runs again on every pass over the data. Trainers that make many passes (SDCA picks thousands of
/// iterations on its own) should read from a cache: put <c>AppendCacheCheckpoint</c> after the featurizer.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var ml = new MLContext(seed: 1);
/// var pipeline = ml.Transforms.Text.CleanText("Tokens", "Body", output: CleanTextOutput.Tokens)
///     .Append(ml.Transforms.Text.ProduceWordBags("Features", "Tokens", ngramLength: 2))
///     .AppendCacheCheckpoint(ml)
///     .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression("Label", "Features"));
/// var model = pipeline.Fit(trainingData);
/// ml.Model.Save(model, trainingData.Schema, "spam.zip");
///
/// var loading = new MLContext().RegisterTextClean();
/// var loaded = loading.Model.Load("spam.zip", out var inputSchema);
///
/// // Or with ML.NET's featurizer, its own cleaning turned off:
/// var options = new TextFeaturizingEstimator.Options
/// {
///     CaseMode = TextNormalizingEstimator.CaseMode.None,
///     KeepDiacritics = true,
///     KeepPunctuations = true,
///     KeepNumbers = true,
/// };
/// var featurized = ml.Transforms.Text.CleanText("Clean", "Body")
///     .Append(ml.Transforms.Text.FeaturizeText("Features", options, "Clean"));
/// </code>
/// </example>
public static class TextCleanCatalog
{
    /// <summary>Cleans column <paramref name="inputColumnName"/> with <paramref name="pipeline"/> (default: the <c>ml</c> preset).</summary>
    /// <param name="catalog">The text transforms catalog.</param>
    /// <param name="outputColumnName">The column to write.</param>
    /// <param name="inputColumnName">The text column to read (default: <paramref name="outputColumnName"/>).</param>
    /// <param name="pipeline">The pipeline (default: <see cref="Presets.DefaultName"/>).</param>
    /// <param name="output">Cleaned text or its tokens.</param>
    /// <exception cref="NotSupportedException">The pipeline uses normalizers that are not built in, so a saved model could not rebuild it.</exception>
    public static CleanTextEstimator CleanText(this TransformsCatalog.TextTransforms catalog, string outputColumnName,
        string? inputColumnName = null, TextPipeline? pipeline = null, CleanTextOutput output = CleanTextOutput.Text)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new CleanTextEstimator(outputColumnName, inputColumnName ?? outputColumnName,
            pipeline ?? TextPipeline.FromPreset(Presets.DefaultName), output);
    }

    /// <summary>Cleans column <paramref name="inputColumnName"/> with the pipeline of preset <paramref name="preset"/>.</summary>
    /// <param name="catalog">The text transforms catalog.</param>
    /// <param name="outputColumnName">The column to write.</param>
    /// <param name="inputColumnName">The text column to read (default: <paramref name="outputColumnName"/>).</param>
    /// <param name="preset">A name from <see cref="Presets.Names"/>.</param>
    /// <param name="output">Cleaned text or its tokens.</param>
    /// <exception cref="ConfigException">No preset has that name.</exception>
    public static CleanTextEstimator CleanText(this TransformsCatalog.TextTransforms catalog, string outputColumnName,
        string? inputColumnName, string preset, CleanTextOutput output = CleanTextOutput.Text)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(preset);
        return new CleanTextEstimator(outputColumnName, inputColumnName ?? outputColumnName, TextPipeline.FromPreset(preset), output);
    }

    /// <summary>Cleans column <paramref name="inputColumnName"/> with the pipeline of a config file (YAML or JSON). The file is
    /// read now; its config is saved in the model, so the file is not needed to load the model.</summary>
    /// <param name="catalog">The text transforms catalog.</param>
    /// <param name="outputColumnName">The column to write.</param>
    /// <param name="inputColumnName">The text column to read (default: <paramref name="outputColumnName"/>).</param>
    /// <param name="configPath">The config file (<c>.yaml</c>, <c>.yml</c> or <c>.json</c>).</param>
    /// <param name="output">Cleaned text or its tokens.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="ConfigException">The file has errors.</exception>
    public static CleanTextEstimator CleanTextFromConfigFile(this TransformsCatalog.TextTransforms catalog, string outputColumnName,
        string? inputColumnName, string configPath, CleanTextOutput output = CleanTextOutput.Text)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new CleanTextEstimator(outputColumnName, inputColumnName ?? outputColumnName,
            TextPipeline.Create(PipelineConfigFile.Load(configPath)), output);
    }
}
