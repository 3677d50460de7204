using Microsoft.ML;

namespace TextClean.ML;

/// <summary>What a context needs before it loads a model that contains CleanText.</summary>
public static class TextCleanModel
{
    /// <summary>
    /// Registers TextClean's mapping factories with <paramref name="mlContext"/>'s component catalog, so
    /// <c>mlContext.Model.Load</c> can rebuild the CleanText transforms of a saved model. ML.NET 5 also finds them without this
    /// call, by the assembly name it saves in the model, as long as this assembly can be loaded by name; the call makes the
    /// dependency explicit and covers the case where it cannot. Calling it again does nothing. The pipeline configs themselves
    /// come from the model.
    /// </summary>
    /// <returns><paramref name="mlContext"/>, for chaining.</returns>
    public static MLContext RegisterTextClean(this MLContext mlContext)
    {
        ArgumentNullException.ThrowIfNull(mlContext);
        mlContext.ComponentCatalog.RegisterAssembly(typeof(CleanTextFactory).Assembly);
        return mlContext;
    }
}
